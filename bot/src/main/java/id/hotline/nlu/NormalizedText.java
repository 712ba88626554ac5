package id.hotline.nlu;

import java.util.List;

/**
 * A message after {@link Normalizer}: its words before and after the slang dictionary.
 *
 * @param rawWords the cleaned words as typed (lower case, no punctuation), used to guess the language
 * @param words    the words in standard form, used for classification and indicator patterns
 */
public record NormalizedText(List<String> rawWords, List<String> words) {
    public NormalizedText {
        rawWords = List.copyOf(rawWords);
        words = List.copyOf(words);
    }

    /** The standard words joined by single spaces: what indicator patterns are matched against. */
    public String text() {
        return String.join(" ", words);
    }

    public String[] tokens() {
        return words.toArray(String[]::new);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
