package id.hotline.console;

import at.favre.lib.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;

/** bcrypt hashes for console passwords. bcrypt reads at most 72 bytes, so longer passwords are refused, not cut. */
public final class PasswordHasher {
    public static final int DEFAULT_COST = 12;
    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private final int cost;

    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4-31");
        }
        this.cost = cost;
    }

    /** Hashes a password that meets {@link #check(String)}. */
    public String hash(String password) {
        check(password);
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        if (password == null || hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        try {
            return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Throws with a message a counselor can act on when the password is too short or too long. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("kata sandi minimal " + MIN_LENGTH + " karakter");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("kata sandi maksimal " + MAX_BYTES + " byte");
        }
    }
}
