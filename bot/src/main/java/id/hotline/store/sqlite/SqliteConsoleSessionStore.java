package id.hotline.store.sqlite;

import id.hotline.console.ConsoleSession;
import id.hotline.console.Role;
import id.hotline.store.ConsoleSessionStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class SqliteConsoleSessionStore implements ConsoleSessionStore {
    private final Database db;

    public SqliteConsoleSessionStore(Database db) {
        this.db = db;
    }

    @Override
    public void create(String tokenHash, long accountId, String csrfToken, Instant now, Instant expiresAt) {
        db.write(c -> Rows.update(c, "INSERT INTO console_sessions (token_hash, account_id, csrf_token, created_at, "
                + "last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)", tokenHash, accountId, csrfToken, now, now, expiresAt));
    }

    @Override
    public Optional<ConsoleSession> find(String tokenHash) {
        return db.read(c -> Query.one(c, SqliteConsoleSessionStore::session,
                "SELECT s.token_hash, s.account_id, a.username, a.role, s.csrf_token, s.last_seen_at, s.expires_at "
                        + "FROM console_sessions s JOIN console_accounts a ON a.id = s.account_id "
                        + "WHERE s.token_hash = ? AND a.active = 1", tokenHash));
    }

    @Override
    public void touch(String tokenHash, Instant now) {
        db.write(c -> Rows.update(c, "UPDATE console_sessions SET last_seen_at = ? WHERE token_hash = ?", now, tokenHash));
    }

    @Override
    public void delete(String tokenHash) {
        db.write(c -> Rows.update(c, "DELETE FROM console_sessions WHERE token_hash = ?", tokenHash));
    }

    @Override
    public void deleteForAccount(long accountId) {
        db.write(c -> Rows.update(c, "DELETE FROM console_sessions WHERE account_id = ?", accountId));
    }

    @Override
    public int deleteExpired(Instant now) {
        // Timestamps are ISO strings of varying precision, so expiry is compared here rather than in SQL.
        return db.write(c -> {
            List<String[]> rows = Query.list(c, rs -> new String[] {rs.getString(1), rs.getString(2)},
                    "SELECT token_hash, expires_at FROM console_sessions");
            int n = 0;
            for (String[] r : rows) {
                if (!Instant.parse(r[1]).isAfter(now)) {
                    n += Rows.update(c, "DELETE FROM console_sessions WHERE token_hash = ?", r[0]);
                }
            }
            return n;
        });
    }

    private static ConsoleSession session(ResultSet rs) throws SQLException {
        return new ConsoleSession(rs.getString("token_hash"), rs.getLong("account_id"), rs.getString("username"),
                Role.parse(rs.getString("role")), rs.getString("csrf_token"), Rows.instant(rs, "last_seen_at"),
                Rows.instant(rs, "expires_at"));
    }
}
