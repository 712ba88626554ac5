package id.hotline.console;

import java.util.Locale;

/** What a console account may do. Admins do everything counselors do, plus accounts, canned replies, audit, deletion. */
public enum Role {
    ADMIN, COUNSELOR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("role is missing (admin or counselor)");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + value + "' (admin or counselor)");
        }
    }
}
