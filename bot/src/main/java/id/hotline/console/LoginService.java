package id.hotline.console;

import id.hotline.store.AccountStore;
import id.hotline.store.AuditStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Checks a username and password, with lockout per account (in the database) and per IP address. */
public final class LoginService {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    /** What a login attempt came to. */
    public sealed interface Result {
        record Success(Account account) implements Result {
        }

        record Rejected() implements Result {
        }

        record Locked() implements Result {
        }
    }

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle ipThrottle;
    private final AuditStore audit;
    private final Clock clock;
    private final String dummyHash;

    public LoginService(AccountStore accounts, PasswordHasher hasher, LoginThrottle ipThrottle, AuditStore audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.ipThrottle = ipThrottle;
        this.audit = audit;
        this.clock = clock;
        // Unknown usernames still cost one bcrypt check, so response time does not reveal which names exist.
        this.dummyHash = hasher.hash("not-a-real-password-" + System.nanoTime());
    }

    public Result login(String username, String password, String ip) {
        Instant now = clock.instant();
        if (ipThrottle.blocked(ip)) {
            return new Result.Locked();
        }
        Optional<Account> found = accounts.byName(username);
        if (found.isEmpty() || !found.get().active()) {
            hasher.verify(password, dummyHash);
            ipThrottle.failed(ip);
            return new Result.Rejected();
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            ipThrottle.failed(ip);
            return new Result.Locked();
        }
        if (!hasher.verify(password, account.passwordHash())) {
            accounts.recordFailure(account.id(), MAX_FAILURES, now.plus(LOCKOUT));
            ipThrottle.failed(ip);
            audit.record(now, account.username(), "login_failed", null, null, null);
            return new Result.Rejected();
        }
        accounts.clearFailures(account.id());
        audit.record(now, account.username(), "login", null, null, null);
        return new Result.Success(account);
    }
}
