package id.hotline.domain;

import java.util.Locale;

/** OPEN: waiting for a counselor. CLAIMED: a counselor holds the chat (the bot is silent). CLOSED: handed back. */
public enum CaseStatus {
    OPEN, CLAIMED, CLOSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseStatus parse(String v) {
        return valueOf(v.trim().toUpperCase(Locale.ROOT));
    }
}
