package id.hotline.store;

import id.hotline.console.Agency;
import id.hotline.console.CaseRecords.Consent;
import id.hotline.console.CaseRecords.Note;
import id.hotline.console.CaseRecords.Referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notes, consent and referrals recorded by counselors on a case. */
public interface CaseRecordStore {
    Note addNote(long caseId, String author, String text, Instant now);

    List<Note> notes(long caseId);

    Consent recordConsent(long caseId, boolean given, String recordedBy, String note, Instant now);

    /** The consent recorded last on the case, which is the one that counts. */
    Optional<Consent> latestConsent(long caseId);

    List<Consent> consents(long caseId);

    Referral addReferral(long caseId, Agency service, String note, String referredBy, Instant now);

    List<Referral> referrals(long caseId);
}
