package id.hotline.dialog;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Crying or sadness in words alone ("hiks hiks", "huhu", "sedih banget"): read like crying emoji, with a gentle
 * invitation to tell what happened, not a topic guess.
 */
final class Crying {
    private static final Pattern SOUND = Pattern.compile("hiks|hix|hik|(hu)+h?|hua+|huhu\\w*|hiks\\w*");
    private static final Set<String> SAD = Set.of("sedih", "nangis", "menangis", "sad", "crying", "cry");
    private static final Set<String> ALONG = Set.of("banget", "sekali", "sangat", "bgt", "aku", "saya", "lagi", "sedang",
            "jadi", "ya", "kak", "i", "am", "so", "very", "feel", "im");

    private Crying() {
    }

    /** Whether every normalised word is a crying sound, a sad word or a word said along with one, and one is. */
    static boolean only(String normalized) {
        String[] words = normalized.strip().split(" ");
        boolean cries = Arrays.stream(words).anyMatch(w -> SOUND.matcher(w).matches() || SAD.contains(w));
        return cries && Arrays.stream(words).allMatch(w -> SOUND.matcher(w).matches() || SAD.contains(w) || ALONG.contains(w));
    }
}
