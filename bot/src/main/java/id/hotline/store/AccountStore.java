package id.hotline.store;

import id.hotline.console.Account;
import id.hotline.console.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Console accounts. Usernames are unique, compared without case. */
public interface AccountStore {
    Optional<Account> byName(String username);

    Optional<Account> byId(long id);

    List<Account> all();

    /** Creates an account; empty when the username is taken. */
    Optional<Account> create(String username, String passwordHash, Role role, Instant now);

    void setActive(long id, boolean active);

    /** Sets a new password hash and clears failures and lockout. */
    void setPassword(long id, String passwordHash);

    /** Counts a failed login; when the count reaches maxFailures the account is locked until lockUntil and the count restarts. */
    void recordFailure(long id, int maxFailures, Instant lockUntil);

    void clearFailures(long id);
}
