package id.hotline.console;

import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteAccountStore;
import id.hotline.store.sqlite.SqliteAuditStore;
import id.hotline.store.sqlite.SqliteConsoleSessionStore;
import id.hotline.testing.MutableClock;

import java.nio.file.Path;
import java.time.Instant;

/** The console's account, session and login services over a real SQLite file, with a clock the test moves. */
final class ConsoleFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T03:00:00Z"));
    final Path file;
    final Database db;
    final SqliteAccountStore accounts;
    final SqliteAuditStore audit;
    final PasswordHasher hasher = new PasswordHasher(4);
    final SessionService sessions;
    final AccountService accountService;
    final IpLoginThrottle ipThrottle;
    final LoginService logins;

    ConsoleFixture(Path dir) {
        file = dir.resolve("hotline.db");
        db = Database.open(file);
        accounts = new SqliteAccountStore(db);
        audit = new SqliteAuditStore(db);
        sessions = new SessionService(new SqliteConsoleSessionStore(db), clock);
        accountService = new AccountService(accounts, hasher, sessions, audit, clock);
        ipThrottle = new IpLoginThrottle(LoginService.MAX_FAILURES, LoginService.LOCKOUT, clock);
        logins = new LoginService(accounts, hasher, ipThrottle, audit, clock);
    }

    Account counselor(String name, String password) {
        return accounts.create(name, hasher.hash(password), Role.COUNSELOR, clock.instant()).orElseThrow();
    }

    Account admin(String name, String password) {
        return accounts.create(name, hasher.hash(password), Role.ADMIN, clock.instant()).orElseThrow();
    }

    ConsoleSession sessionOf(Account a) {
        return sessions.start(a).session();
    }

    @Override
    public void close() {
        db.close();
    }
}
