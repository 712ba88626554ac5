package id.hotline.dialog;

import java.util.Arrays;
import java.util.Set;

/**
 * Whether a message asks something: a question mark, or a question word in its normalised words ("gmn" reads as
 * "bagaimana", "brp" as "berapa"). In an open case a statement ("sy di jeddah") is a detail for the counselor.
 */
final class Questions {
    private static final Set<String> WORDS = Set.of("apa", "apakah", "bagaimana", "bagaimanakah", "berapa", "kapan",
            "mana", "dimana", "kemana", "siapa", "kenapa", "mengapa", "bisa", "bisakah", "boleh", "bolehkah", "cara",
            "caranya", "tanya", "bertanya", "adakah", "perlukah", "haruskah", "how", "what", "where", "when", "who",
            "why", "which", "can", "could", "should");

    private Questions() {
    }

    static boolean asks(String text, String normalized) {
        return text.contains("?") || Arrays.stream(normalized.split(" ")).anyMatch(WORDS::contains);
    }
}
