package id.hotline.console;

import java.time.Instant;

/** A console login. The password is only ever kept as a bcrypt hash. */
public record Account(long id, String username, String passwordHash, Role role, boolean active, int failedLogins,
                      Instant lockedUntil, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
