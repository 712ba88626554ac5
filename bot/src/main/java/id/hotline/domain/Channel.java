package id.hotline.domain;

import java.util.Locale;

/** Where a conversation happens. */
public enum Channel {
    WEB, TELEGRAM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
