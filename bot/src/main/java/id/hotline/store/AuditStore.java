package id.hotline.store;

import id.hotline.console.CaseRecords.AuditEntry;

import java.time.Instant;
import java.util.List;

/** Append-only record of who did what in the console. Callers never pass message text. */
public interface AuditStore {
    void record(Instant at, String actor, String action, Long caseId, Long conversationId, String detail);

    /** Newest first. */
    List<AuditEntry> latest(int limit, long beforeId);
}
