package id.hotline.nlu;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns chat text into standard words: lower case, no punctuation/emoji/control characters, letters typed
 * three or more times squeezed ("tolooong" -> "tolong"), digits split from letters ("6bulan" -> "6 bulan", but "bp3mi" stays whole),
 * "anak2" doubled to "anak anak", then every word looked up in the slang dictionary. Immutable and thread-safe.
 */
public final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼ´]");
    private static final Pattern LINKS = Pattern.compile("(https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern REDUPLICATED = Pattern.compile("([a-z]{2,})2");
    private static final Pattern LETTERS_OR_DIGITS = Pattern.compile("[a-z]+|[0-9]+");
    /** Letters, digits, letters: an agency's name ("bp3mi", "p3mi") stays whole, not "bp 3 mi"; money ("rp5jt") splits. */
    private static final Pattern AGENCY_CODE = Pattern.compile("(?!rp)[a-z]+[0-9]+[a-z]+");
    private static final Pattern LONG_RUN = Pattern.compile("([a-z])\\1{2,}");

    private final Map<String, String[]> slang;
    private final Set<String> known;
    private final SpellingCorrector speller;

    /**
     * @param slang      chat word -> standard word(s), as in knowledge-base/slang.yaml
     * @param vocabulary words known to be spelled right (e.g. from training examples); helps decide whether
     *                   "maaaaf" means "maaf" or "maf". May be empty.
     */
    public Normalizer(Map<String, String> slang, Set<String> vocabulary) {
        this(slang, vocabulary, SpellingCorrector.NONE);
    }

    /**
     * @param speller puts vowels back ({@link NormalizedText#words}) and also mends typing slips
     *                ({@link NormalizedText#mended}) in words that are neither in the vocabulary nor in the slang
     *                dictionary, before the slang dictionary is applied
     */
    public Normalizer(Map<String, String> slang, Set<String> vocabulary, SpellingCorrector speller) {
        var map = new java.util.HashMap<String, String[]>();
        var words = new HashSet<>(vocabulary);
        slang.forEach((k, v) -> {
            String[] standard = v.isBlank() ? new String[0] : v.trim().split("\\s+");
            map.put(k.toLowerCase(Locale.ROOT), standard);
            words.add(k);
            words.addAll(List.of(standard));
        });
        this.slang = Map.copyOf(map);
        this.known = Set.copyOf(words);
        this.speller = speller;
    }

    public static Normalizer withoutSlang() {
        return new Normalizer(Map.of(), Set.of());
    }

    public NormalizedText normalize(String text) {
        List<String> raw = clean(text);
        List<String> words = new ArrayList<>(raw.size() + 4);
        List<String> mended = new ArrayList<>(raw.size() + 4);
        for (String typed : raw) {
            // the vowels are put back once and serve both lists; a slip mend only the classifier's
            String withVowels = known.contains(typed) ? typed : or(speller.withVowels(typed), typed);
            standardise(withVowels, words);
            standardise(known.contains(typed) ? typed : or(speller.slipOf(typed), withVowels), mended);
        }
        return new NormalizedText(raw, words, mended);
    }

    private void standardise(String word, List<String> out) {
        String[] standard = slang.get(word);
        if (standard == null) {
            out.add(word);
        } else {
            out.addAll(List.of(standard));
        }
    }

    private static String or(String mended, String typed) {
        return mended == null ? typed : mended;
    }

    /** The cleaned words before the slang dictionary. */
    List<String> clean(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(java.text.Normalizer.normalize(s, Form.NFD)).replaceAll("");
        s = LINKS.matcher(s).replaceAll(" ");
        s = APOSTROPHES.matcher(s).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String token : NOT_ALNUM.split(s)) {
            if (!token.isEmpty()) {
                splitToken(token, out);
            }
        }
        return out;
    }

    private void splitToken(String token, List<String> out) {
        var redup = REDUPLICATED.matcher(token);
        if (redup.matches()) {
            String word = squeeze(redup.group(1));
            out.add(word);
            out.add(word);
            return;
        }
        if (AGENCY_CODE.matcher(token).matches()) {
            out.add(token);
            return;
        }
        var parts = LETTERS_OR_DIGITS.matcher(token);
        while (parts.find()) {
            String part = parts.group();
            out.add(Character.isDigit(part.charAt(0)) ? part : squeeze(part));
        }
    }

    /** "tolooong" -> "tolong"; keeps a double letter when only the double form is a known word ("maaaf" -> "maaf"). */
    String squeeze(String word) {
        if (!LONG_RUN.matcher(word).find()) {
            return word;
        }
        String single = LONG_RUN.matcher(word).replaceAll("$1");
        String dbl = LONG_RUN.matcher(word).replaceAll("$1$1");
        return !known.contains(single) && known.contains(dbl) ? dbl : single;
    }
}
