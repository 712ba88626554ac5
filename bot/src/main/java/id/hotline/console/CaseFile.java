package id.hotline.console;

import id.hotline.console.CaseRecords.Consent;
import id.hotline.console.CaseRecords.Note;
import id.hotline.console.CaseRecords.Referral;
import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;

import java.util.List;

/** Everything a counselor sees when opening a case. */
public record CaseFile(HelpCase helpCase, List<StoredMessage> messages, List<Long> triggers, List<Note> notes,
                       List<Consent> consents, List<Referral> referrals) {
}
