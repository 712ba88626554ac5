package id.hotline.domain;

import java.util.List;

/**
 * What the bot remembers between two messages of one conversation.
 *
 * @param misses          consecutive messages the bot could not place (second miss offers menu and counselor)
 * @param pendingChoices  intents offered as buttons by the last clarifying question
 * @param awaiting        a yes/no question waiting for an answer ("delete" after /hapus), or null
 */
public record SessionState(Lang lang, String lastIntent, int misses, List<String> pendingChoices, String awaiting,
                           boolean greeted) {
    public static final SessionState NEW = new SessionState(Lang.ID, null, 0, List.of(), null, false);

    public SessionState {
        lang = lang == null ? Lang.ID : lang;
        pendingChoices = pendingChoices == null ? List.of() : List.copyOf(pendingChoices);
    }

    public SessionState withLang(Lang l) {
        return new SessionState(l, lastIntent, misses, pendingChoices, awaiting, greeted);
    }

    public SessionState answered(String intent) {
        return new SessionState(lang, intent, 0, List.of(), null, true);
    }

    public SessionState missed(List<String> choices) {
        return new SessionState(lang, lastIntent, misses + 1, choices, null, true);
    }

    public SessionState awaiting(String question) {
        return new SessionState(lang, lastIntent, misses, List.of(), question, true);
    }

    public SessionState settled() {
        return new SessionState(lang, lastIntent, 0, List.of(), null, true);
    }
}
