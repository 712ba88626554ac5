package id.hotline.console;

import id.hotline.console.CaseRecords.Consent;
import id.hotline.console.CaseRecords.Note;
import id.hotline.console.CaseRecords.Referral;
import id.hotline.domain.CaseStatus;
import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;
import id.hotline.handoff.CaseService;
import id.hotline.store.AuditStore;
import id.hotline.store.CaseRecordStore;
import id.hotline.store.CaseStore;
import id.hotline.store.ConversationStore;

import java.time.Clock;
import java.util.List;

/**
 * What counselors do with a case, with the rules: one holder at a time, only the holder writes, no referral without
 * the person's recorded consent. Every action is written to the audit log without any message or note text.
 */
public final class CaseDesk {
    public static final int MAX_TEXT = 4096;
    private static final int MAX_MESSAGES = 5000;
    private final CaseService cases;
    private final CaseStore caseStore;
    private final ConversationStore conversations;
    private final CaseRecordStore records;
    private final AuditStore audit;
    private final Clock clock;

    public CaseDesk(CaseService cases, CaseStore caseStore, ConversationStore conversations, CaseRecordStore records,
                    AuditStore audit, Clock clock) {
        this.cases = cases;
        this.caseStore = caseStore;
        this.conversations = conversations;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public List<HelpCase> queue(List<CaseStatus> statuses) {
        return caseStore.list(statuses);
    }

    /** When the person of each case last wrote, by conversation id: the queue marks cases they wrote in again. */
    public java.util.Map<Long, java.time.Instant> lastFromPerson(List<HelpCase> cases) {
        return conversations.lastFromPerson(cases.stream().map(HelpCase::conversationId).distinct().toList());
    }

    public CaseFile open(ConsoleSession who, long caseId) {
        HelpCase c = find(caseId);
        log(who, "viewed", c, null);
        return new CaseFile(c, conversations.messages(c.conversationId(), 0, MAX_MESSAGES), caseStore.triggers(caseId),
                records.notes(caseId), records.consents(caseId), records.referrals(caseId));
    }

    public HelpCase claim(ConsoleSession who, long caseId) {
        HelpCase c = find(caseId);
        HelpCase claimed = cases.claim(caseId, who.username()).orElseThrow(() -> notClaimable(find(caseId)));
        log(who, "claimed", c, null);
        return claimed;
    }

    public HelpCase release(ConsoleSession who, long caseId) {
        HelpCase c = find(caseId);
        if (c.status() != CaseStatus.CLAIMED) {
            throw DeskException.conflict("kasus ini tidak sedang diklaim");
        }
        if (!who.username().equals(c.claimedBy()) && !who.admin()) {
            throw DeskException.forbidden("kasus ini dipegang oleh " + c.claimedBy());
        }
        HelpCase released = cases.release(caseId, c.claimedBy()).orElseThrow(() -> DeskException.conflict("kasus sudah berubah"));
        log(who, "released", c, null);
        return released;
    }

    public StoredMessage write(ConsoleSession who, long caseId, String text) {
        HelpCase c = find(caseId);
        String body = text(text, "pesan");
        if (c.status() != CaseStatus.CLAIMED || !who.username().equals(c.claimedBy())) {
            throw DeskException.conflict("klaim kasus ini dulu sebelum menulis kepada orangnya");
        }
        StoredMessage sent = cases.counselorSays(caseId, who.username(), body)
                .orElseThrow(() -> DeskException.conflict("kasus sudah ditutup"));
        log(who, "wrote", c, "message=" + sent.id());
        return sent;
    }

    public Note note(ConsoleSession who, long caseId, String text) {
        HelpCase c = find(caseId);
        Note n = records.addNote(caseId, who.username(), text(text, "catatan"), clock.instant());
        log(who, "noted", c, "note=" + n.id());
        return n;
    }

    public Consent consent(ConsoleSession who, long caseId, boolean given, String note) {
        HelpCase c = find(caseId);
        Consent consent = records.recordConsent(caseId, given, who.username(), optional(note), clock.instant());
        log(who, "consent_recorded", c, given ? "given" : "refused");
        return consent;
    }

    public Referral refer(ConsoleSession who, long caseId, Agency service, String note) {
        HelpCase c = find(caseId);
        boolean consented = records.latestConsent(caseId).map(Consent::given).orElse(false);
        if (!consented) {
            throw DeskException.conflict("catat dulu persetujuan orang tersebut sebelum merujuk ke lembaga");
        }
        Referral r = records.addReferral(caseId, service, optional(note), who.username(), clock.instant());
        log(who, "referred", c, "service=" + service.wire());
        return r;
    }

    public HelpCase close(ConsoleSession who, long caseId, Outcome outcome) {
        HelpCase c = find(caseId);
        if (c.status() == CaseStatus.CLOSED) {
            throw DeskException.conflict("kasus sudah ditutup");
        }
        if (c.status() == CaseStatus.CLAIMED && !who.username().equals(c.claimedBy()) && !who.admin()) {
            throw DeskException.forbidden("kasus ini dipegang oleh " + c.claimedBy());
        }
        HelpCase closed = cases.close(caseId, outcome.wire()).orElseThrow(() -> DeskException.conflict("kasus sudah ditutup"));
        log(who, "closed", c, "outcome=" + outcome.wire());
        return closed;
    }

    private HelpCase find(long caseId) {
        return caseStore.find(caseId).orElseThrow(() -> DeskException.notFound("kasus"));
    }

    private static DeskException notClaimable(HelpCase now) {
        return now.status() == CaseStatus.CLOSED ? DeskException.conflict("kasus sudah ditutup")
                : DeskException.conflict("kasus sudah diklaim oleh " + now.claimedBy());
    }

    private void log(ConsoleSession who, String action, HelpCase c, String detail) {
        audit.record(clock.instant(), who.username(), action, c.id(), c.conversationId(), detail);
    }

    static String text(String value, String what) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw DeskException.invalid(what + " tidak boleh kosong");
        }
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            throw DeskException.invalid(what + " terlalu panjang (maksimal " + MAX_TEXT + " karakter)");
        }
        return t;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : text(value, "keterangan");
    }
}
