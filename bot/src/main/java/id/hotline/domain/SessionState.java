package id.hotline.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the bot remembers between two messages of one conversation.
 *
 * @param lastIntent      the last topic answered (a greeting, thanks or "out of scope" is no topic), or null
 * @param misses          consecutive messages the bot could not place (second miss offers menu and counselor)
 * @param pendingChoices  intents offered as buttons by the last clarifying question
 * @param awaiting        a yes/no question waiting for an answer ("delete" after /hapus), or null
 * @param langChosen      the person picked the language (/bahasa): detection no longer changes it
 * @param lastAt          when the last topic was answered, in epoch milliseconds (0: unknown); a short follow-up is
 *                        read in that topic for a while
 * @param abroad          the person wrote that they are abroad now ("saya di malaysia"): help lines that work from
 *                        abroad come first. Only that, never where.
 */
public record SessionState(Lang lang, String lastIntent, int misses, List<String> pendingChoices, String awaiting,
                           boolean greeted, boolean langChosen, long lastAt, boolean abroad) {
    public static final SessionState NEW = new SessionState(Lang.ID, null, 0, List.of(), null, false, false, 0, false);

    public SessionState {
        lang = lang == null ? Lang.ID : lang;
        pendingChoices = pendingChoices == null ? List.of() : List.copyOf(pendingChoices);
    }

    /** The language detected from what the person writes; ignored once they chose one. */
    public SessionState detectedLang(Lang l) {
        return langChosen ? this : new SessionState(l, lastIntent, misses, pendingChoices, awaiting, greeted, false, lastAt, abroad);
    }

    public SessionState chosenLang(Lang l) {
        return new SessionState(l, lastIntent, misses, pendingChoices, awaiting, greeted, true, lastAt, abroad);
    }

    /** A reply that answered; {@code topic} (null for no topic, which keeps the last one) is remembered with its time. */
    public SessionState answered(String topic, Instant at) {
        return topic == null ? new SessionState(lang, lastIntent, 0, List.of(), null, true, langChosen, lastAt, abroad)
                : new SessionState(lang, topic, 0, List.of(), null, true, langChosen, at.toEpochMilli(), abroad);
    }

    public SessionState missed(List<String> choices) {
        return new SessionState(lang, lastIntent, misses + 1, choices, null, true, langChosen, lastAt, abroad);
    }

    public SessionState awaiting(String question) {
        return new SessionState(lang, lastIntent, misses, List.of(), question, true, langChosen, lastAt, abroad);
    }

    public SessionState settled() {
        return new SessionState(lang, lastIntent, 0, List.of(), null, true, langChosen, lastAt, abroad);
    }

    /** The person wrote that they are abroad now. */
    public SessionState abroadNow() {
        return new SessionState(lang, lastIntent, misses, pendingChoices, awaiting, greeted, langChosen, lastAt, true);
    }

    /** The last topic, when it was answered less than {@code window} before {@code now}. */
    public Optional<String> recentTopic(Instant now, Duration window) {
        boolean recent = lastIntent != null && lastAt > 0 && now.toEpochMilli() - lastAt < window.toMillis();
        return recent ? Optional.of(lastIntent) : Optional.empty();
    }
}
