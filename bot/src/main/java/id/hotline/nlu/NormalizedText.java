package id.hotline.nlu;

import java.util.List;

/**
 * A message after {@link Normalizer}: its words before and after the slang dictionary.
 *
 * @param rawWords the cleaned words as typed (lower case, no punctuation), used to guess the language
 * @param words    the words in standard form, with vowels put back into words written without them ("dthn" ->
 *                 "ditahan"); matched by the indicator patterns
 * @param mended   the same after typing slips are mended too ("dokumn" -> "dokumen"), used for classification. The
 *                 patterns keep slips as typed: a mended slip can be wrong ("rendang" read as "tendang"), and a wrong
 *                 danger word would open a case
 */
public record NormalizedText(List<String> rawWords, List<String> words, List<String> mended) {
    public NormalizedText {
        rawWords = List.copyOf(rawWords);
        words = List.copyOf(words);
        mended = List.copyOf(mended);
    }

    /** The standard words joined by single spaces: what indicator patterns are matched against. */
    public String text() {
        return String.join(" ", words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
