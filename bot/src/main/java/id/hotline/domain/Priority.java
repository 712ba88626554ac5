package id.hotline.domain;

import java.util.Locale;

/** Case priority, ordered: a later constant is more urgent. */
public enum Priority {
    REQUEST, ESCALATE, EMERGENCY;

    public static Priority from(Risk risk) {
        return switch (risk) {
            case EMERGENCY -> EMERGENCY;
            case ESCALATE -> ESCALATE;
            default -> REQUEST;
        };
    }

    public Priority max(Priority other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority parse(String v) {
        return valueOf(v.trim().toUpperCase(Locale.ROOT));
    }
}
