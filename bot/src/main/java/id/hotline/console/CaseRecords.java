package id.hotline.console;

import java.time.Instant;

/** What counselors record on a case besides the conversation: private notes, consent, referrals, canned replies, audit. */
public final class CaseRecords {
    private CaseRecords() {
    }

    /** Private to counselors; never shown to the person. */
    public record Note(long id, long caseId, String author, String text, Instant at) {
    }

    /** The person's answer when asked whether the case may be passed to an agency, as recorded by a counselor. */
    public record Consent(long id, long caseId, boolean given, String recordedBy, String note, Instant at) {
    }

    public record Referral(long id, long caseId, Agency service, String note, String referredBy, Instant at) {
    }

    public record CannedReply(long id, String title, String text, String updatedBy, Instant updatedAt) {
    }

    /** Who did what to which case or conversation. Never message text. */
    public record AuditEntry(long id, Instant at, String actor, String action, Long caseId, Long conversationId,
                             String detail) {
    }
}
