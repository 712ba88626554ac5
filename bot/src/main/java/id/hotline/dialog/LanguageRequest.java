package id.hotline.dialog;

import id.hotline.domain.Lang;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person asking in words for the other language ("can you answer in bahasa?", "english please", "bahasa indonesia
 * aja"): switched as /bahasa does. Only a short message that asks, so "kontraknya pakai bahasa inggris" (a contract
 * written in English) or "kursus bahasa inggris di mana" is read as a question.
 */
final class LanguageRequest {
    private static final int MAX_WORDS = 8;
    private static final String ASK_BEFORE = "(can you|could you|please|pls|plz|speak|reply|answer|write|talk"
            + "|(bisa|tolong|mohon) (pakai|pake|jawab|balas|bales|ngomong|bicara|dalam))";
    private static final String ASK_AFTER = "(please|pls|plz|aja|saja|dong|only)";
    private static final Pattern ENGLISH = asking("(english|bahasa inggris|inggris)");
    private static final Pattern INDONESIAN = asking("(bahasa indonesia|indonesian|bahasa|indonesia)");

    private LanguageRequest() {
    }

    private static Pattern asking(String language) {
        return Pattern.compile("\\b" + ASK_BEFORE + "\\b(\\s\\w+){0,3}\\s" + language + "\\b|\\b" + language + "\\s" + ASK_AFTER
                + "\\b");
    }

    /** The language the whole message asks for, if it is one. */
    static Optional<Lang> asked(String normalized) {
        if (normalized.isBlank() || normalized.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        if (ENGLISH.matcher(normalized).find()) {
            return Optional.of(Lang.EN);
        }
        return INDONESIAN.matcher(normalized).find() ? Optional.of(Lang.ID) : Optional.empty();
    }
}
