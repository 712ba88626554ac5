package id.hotline.console;

import java.time.Instant;

/**
 * A logged-in browser. The cookie carries a random token; only its hash is stored.
 *
 * @param csrfToken must come back in the X-CSRF-Token header of every POST, PUT and DELETE
 */
public record ConsoleSession(String tokenHash, long accountId, String username, Role role, String csrfToken,
                             Instant lastSeenAt, Instant expiresAt) {

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
