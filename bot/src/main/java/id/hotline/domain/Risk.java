package id.hotline.domain;

import java.util.Locale;

/** How much a message calls for human help. Ordered: a later constant is more urgent. */
public enum Risk {
    NONE, OFFER, ESCALATE, EMERGENCY;

    public static Risk parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("risk is missing (none, offer, escalate or emergency)");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown risk '" + value + "' (none, offer, escalate or emergency)");
        }
    }

    public Risk max(Risk other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public boolean atLeast(Risk other) {
        return ordinal() >= other.ordinal();
    }

    /** True when this level opens a case for counselors. */
    public boolean opensCase() {
        return atLeast(ESCALATE);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
