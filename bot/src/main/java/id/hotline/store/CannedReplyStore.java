package id.hotline.store;

import id.hotline.console.CaseRecords.CannedReply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Ready-made counselor replies, edited by admins. */
public interface CannedReplyStore {
    List<CannedReply> all();

    CannedReply create(String title, String text, String by, Instant now);

    /** Empty when there is no such reply. */
    Optional<CannedReply> update(long id, String title, String text, String by, Instant now);

    boolean delete(long id);
}
