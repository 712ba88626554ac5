package id.hotline.store;

import id.hotline.console.ConsoleSession;

import java.time.Instant;
import java.util.Optional;

/** Logged-in console browsers, kept in the database so a restart does not log counselors out. */
public interface ConsoleSessionStore {
    void create(String tokenHash, long accountId, String csrfToken, Instant now, Instant expiresAt);

    /** The session with its account, only while the account is active. */
    Optional<ConsoleSession> find(String tokenHash);

    void touch(String tokenHash, Instant now);

    void delete(String tokenHash);

    /** Logs an account out everywhere (disabled, password reset). */
    void deleteForAccount(long accountId);

    /** Removes sessions that expired before now; returns how many. */
    int deleteExpired(Instant now);
}
