package id.hotline.domain;

import java.util.List;

/**
 * What the bot remembers between two messages of one conversation.
 *
 * @param misses          consecutive messages the bot could not place (second miss offers menu and counselor)
 * @param pendingChoices  intents offered as buttons by the last clarifying question
 * @param awaiting        a yes/no question waiting for an answer ("delete" after /hapus), or null
 * @param langChosen      the person picked the language (/bahasa): detection no longer changes it
 */
public record SessionState(Lang lang, String lastIntent, int misses, List<String> pendingChoices, String awaiting,
                           boolean greeted, boolean langChosen) {
    public static final SessionState NEW = new SessionState(Lang.ID, null, 0, List.of(), null, false, false);

    public SessionState {
        lang = lang == null ? Lang.ID : lang;
        pendingChoices = pendingChoices == null ? List.of() : List.copyOf(pendingChoices);
    }

    /** The language detected from what the person writes; ignored once they chose one. */
    public SessionState detectedLang(Lang l) {
        return langChosen ? this : new SessionState(l, lastIntent, misses, pendingChoices, awaiting, greeted, false);
    }

    public SessionState chosenLang(Lang l) {
        return new SessionState(l, lastIntent, misses, pendingChoices, awaiting, greeted, true);
    }

    public SessionState answered(String intent) {
        return new SessionState(lang, intent, 0, List.of(), null, true, langChosen);
    }

    public SessionState missed(List<String> choices) {
        return new SessionState(lang, lastIntent, misses + 1, choices, null, true, langChosen);
    }

    public SessionState awaiting(String question) {
        return new SessionState(lang, lastIntent, misses, List.of(), question, true, langChosen);
    }

    public SessionState settled() {
        return new SessionState(lang, lastIntent, 0, List.of(), null, true, langChosen);
    }
}
