package id.hotline.domain;

import java.util.Locale;

/**
 * What the bot did with an inbound message it read (free text, or a topic chosen by button): the basis of the
 * fallback rate and the unanswered-questions report.
 */
public enum TurnOutcome {
    /** A knowledge-base answer was given. */
    ANSWERED,
    /** The bot was unsure and asked which topic was meant. */
    CLARIFIED,
    /** The bot did not understand (second miss in a row). */
    NOT_UNDERSTOOD,
    /** A case was opened or updated. */
    ESCALATED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bot could not answer: the message is an unanswered question. */
    public boolean fallback() {
        return this == CLARIFIED || this == NOT_UNDERSTOOD;
    }

    public static TurnOutcome parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
