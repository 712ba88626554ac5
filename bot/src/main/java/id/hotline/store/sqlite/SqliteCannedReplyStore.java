package id.hotline.store.sqlite;

import id.hotline.console.CaseRecords.CannedReply;
import id.hotline.store.CannedReplyStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class SqliteCannedReplyStore implements CannedReplyStore {
    private final Database db;

    public SqliteCannedReplyStore(Database db) {
        this.db = db;
    }

    @Override
    public List<CannedReply> all() {
        return db.read(c -> Query.list(c, SqliteCannedReplyStore::reply, "SELECT * FROM canned_replies ORDER BY id"));
    }

    @Override
    public CannedReply create(String title, String text, String by, Instant now) {
        long id = db.write(c -> Rows.insert(c, "INSERT INTO canned_replies (title, text, updated_by, updated_at) VALUES (?, ?, ?, ?)",
                title, text, by, now));
        return new CannedReply(id, title, text, by, now);
    }

    @Override
    public Optional<CannedReply> update(long id, String title, String text, String by, Instant now) {
        return db.write(c -> Rows.update(c, "UPDATE canned_replies SET title = ?, text = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                title, text, by, now, id) == 1 ? Optional.of(new CannedReply(id, title, text, by, now)) : Optional.empty());
    }

    @Override
    public boolean delete(long id) {
        return db.write(c -> Rows.update(c, "DELETE FROM canned_replies WHERE id = ?", id)) == 1;
    }

    private static CannedReply reply(ResultSet rs) throws SQLException {
        return new CannedReply(rs.getLong("id"), rs.getString("title"), rs.getString("text"), rs.getString("updated_by"),
                Rows.instant(rs, "updated_at"));
    }
}
