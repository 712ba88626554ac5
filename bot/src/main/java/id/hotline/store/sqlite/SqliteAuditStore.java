package id.hotline.store.sqlite;

import id.hotline.console.CaseRecords.AuditEntry;
import id.hotline.store.AuditStore;

import java.time.Instant;
import java.util.List;

public final class SqliteAuditStore implements AuditStore {
    private final Database db;

    public SqliteAuditStore(Database db) {
        this.db = db;
    }

    @Override
    public void record(Instant at, String actor, String action, Long caseId, Long conversationId, String detail) {
        db.write(c -> Rows.update(c, "INSERT INTO audit_log (at, actor, action, case_id, conversation_id, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", at, actor, action, caseId, conversationId, detail));
    }

    @Override
    public List<AuditEntry> latest(int limit, long beforeId) {
        return db.read(c -> Query.list(c, rs -> new AuditEntry(rs.getLong("id"), Rows.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), Query.nullableLong(rs, "case_id"), Query.nullableLong(rs, "conversation_id"),
                        rs.getString("detail")),
                "SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?", beforeId, limit));
    }
}
