package id.hotline.store.sqlite;

import id.hotline.console.Account;
import id.hotline.console.Role;
import id.hotline.store.AccountStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class SqliteAccountStore implements AccountStore {
    private final Database db;

    public SqliteAccountStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Account> byName(String username) {
        return db.read(c -> Query.one(c, SqliteAccountStore::account, "SELECT * FROM console_accounts WHERE username = ?", username));
    }

    @Override
    public Optional<Account> byId(long id) {
        return db.read(c -> Query.one(c, SqliteAccountStore::account, "SELECT * FROM console_accounts WHERE id = ?", id));
    }

    @Override
    public List<Account> all() {
        return db.read(c -> Query.list(c, SqliteAccountStore::account, "SELECT * FROM console_accounts ORDER BY username"));
    }

    @Override
    public Optional<Account> create(String username, String passwordHash, Role role, Instant now) {
        return db.write(c -> {
            int n = Rows.update(c, "INSERT OR IGNORE INTO console_accounts (username, password_hash, role, created_at) "
                    + "VALUES (?, ?, ?, ?)", username, passwordHash, role.wire(), now);
            return n == 0 ? Optional.empty()
                    : Query.one(c, SqliteAccountStore::account, "SELECT * FROM console_accounts WHERE username = ?", username);
        });
    }

    @Override
    public void setActive(long id, boolean active) {
        db.write(c -> Rows.update(c, "UPDATE console_accounts SET active = ? WHERE id = ?", active, id));
    }

    @Override
    public void setPassword(long id, String passwordHash) {
        db.write(c -> Rows.update(c, "UPDATE console_accounts SET password_hash = ?, failed_logins = 0, locked_until = NULL "
                + "WHERE id = ?", passwordHash, id));
    }

    @Override
    public void recordFailure(long id, int maxFailures, Instant lockUntil) {
        db.write(c -> Rows.update(c, "UPDATE console_accounts SET "
                + "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END, "
                + "failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END WHERE id = ?",
                maxFailures, lockUntil, maxFailures, id));
    }

    @Override
    public void clearFailures(long id) {
        db.write(c -> Rows.update(c, "UPDATE console_accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?", id));
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.parse(rs.getString("role")), rs.getInt("active") == 1, rs.getInt("failed_logins"),
                Rows.instant(rs, "locked_until"), Rows.instant(rs, "created_at"));
    }
}
