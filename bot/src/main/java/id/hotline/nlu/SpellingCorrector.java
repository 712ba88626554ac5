package id.hotline.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mends a word the examples never use. First one typing slip ("dokumn" -> "dokumen", "pasport" -> "paspor",
 * "dipkasa" -> "dipaksa"): of the example words one deletion, insertion, substitution by a neighbouring key or swap of
 * neighbouring letters away, the most frequent wins (ties by spelling, so the result is the same on every run). Words
 * of four letters or fewer get no slip mended: too many real words are one slip apart ("gaji", "gali"). Then vowels
 * left out, as chat writers do ("dthn" -> "ditahan", "pkrjaan" -> "pekerjaan", "krj" -> "kerja"): the most frequent
 * example word, used at least {@value #MIN_VOWELS_COUNT} times, that gives the typed word when some of its vowels
 * after the first letter are dropped, for words with at least {@value #MIN_CONSONANTS} consonants. A word that still
 * has vowels must end as the example word does: "kesel" (tired) is not "keseleo", "ibuk" is not "ibuku". Immutable
 * and thread-safe.
 */
public final class SpellingCorrector {
    /** Corrects nothing. */
    public static final SpellingCorrector NONE = new SpellingCorrector(Map.of(), Integer.MAX_VALUE);

    /** Words shorter than this get no slip mended. */
    private static final int MIN_LENGTH = 5;
    /** Fewer consonants than this and too many words share them ("mt": mati, mata, mau...). */
    private static final int MIN_CONSONANTS = 3;
    /**
     * A word written without vowels is read as an example word used at least this often: rarer ones are mostly
     * acronyms that happen to share the consonants ("tgl" is tanggal, not the rare "togel"; "blt" is not "balita").
     */
    static final int MIN_VOWELS_COUNT = 10;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String VOWELS = "aeiou";
    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    /** The letters around each letter on a phone's QWERTY keyboard: the only letters a slip puts in its place. */
    private static final Map<Character, String> NEAR_KEYS = nearKeys();

    private final Map<String, Integer> counts;
    private final int minLength;
    /** The example words by their first letter and the consonants after it, most frequent first. */
    private final Map<String, List<String>> byConsonants;

    private SpellingCorrector(Map<String, Integer> counts, int minLength) {
        this.counts = Map.copyOf(counts);
        this.minLength = minLength;
        Map<String, List<String>> index = new HashMap<>();
        for (String w : this.counts.keySet()) {
            if (isLetters(w)) {
                index.computeIfAbsent(consonants(w), k -> new ArrayList<>()).add(w);
            }
        }
        Comparator<String> mostUsed = Comparator.comparing((String w) -> -this.counts.get(w)).thenComparing(w -> w);
        index.replaceAll((k, words) -> words.stream().sorted(mostUsed).toList());
        this.byConsonants = Map.copyOf(index);
    }

    /** @param counts how often each word occurs in the training examples, as {@link Normalizer#clean} spells it */
    public static SpellingCorrector of(Map<String, Integer> counts) {
        return new SpellingCorrector(counts, MIN_LENGTH);
    }

    /**
     * The example word one typing slip away, or null when this is an example word, not all letters, shorter than five
     * letters or nothing fits. The normaliser mends the classifier's words with it (a slip can be a word of its own, so
     * the indicator patterns never see it).
     */
    public String slipOf(String word) {
        return mendable(word) && word.length() >= minLength ? slip(word) : null;
    }

    /**
     * The example word this one is with its vowels left out ("dthn" -> "ditahan"), or null: safe enough for the indicator patterns,
     * since a word without its vowels is no word of its own, while a slip can be ("rendang" one key from "tendang").
     */
    public String withVowels(String word) {
        return mendable(word) ? restored(word) : null;
    }

    private boolean mendable(String word) {
        return !word.isEmpty() && !counts.containsKey(word) && isLetters(word);
    }

    private String restored(String word) {
        String key = consonants(word);
        if (key.length() < MIN_CONSONANTS || byConsonants.isEmpty()) {
            return null;
        }
        boolean bare = key.length() == word.length();
        for (String candidate : byConsonants.getOrDefault(key, List.of())) {
            if (counts.get(candidate) < MIN_VOWELS_COUNT) {
                break;
            }
            boolean sameEnd = candidate.charAt(candidate.length() - 1) == word.charAt(word.length() - 1);
            if ((bare || sameEnd) && dropsOnlyVowels(candidate, word)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether {@code typed} is {@code full} with some vowels after the first letter left out. */
    private static boolean dropsOnlyVowels(String full, String typed) {
        int t = 0;
        for (int f = 0; f < full.length(); f++) {
            if (t < typed.length() && full.charAt(f) == typed.charAt(t)) {
                t++;
            } else if (f == 0 || VOWELS.indexOf(full.charAt(f)) < 0) {
                return false;
            }
        }
        return t == typed.length() && typed.length() < full.length();
    }

    /** The first letter and the consonants after it, in either case: "ditahan" -> "dthn", "Daftar" -> "Dftr". */
    public static String consonants(String word) {
        StringBuilder key = new StringBuilder().append(word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            if (VOWELS.indexOf(Character.toLowerCase(word.charAt(i))) < 0) {
                key.append(word.charAt(i));
            }
        }
        return key.toString();
    }

    private String slip(String word) {
        Best best = new Best();
        char[] w = word.toCharArray();
        for (int i = 0; i <= w.length; i++) {
            if (i < w.length) {
                best.offer(word.substring(0, i) + word.substring(i + 1));
                if (i + 1 < w.length && w[i] != w[i + 1]) {
                    best.offer(word.substring(0, i) + w[i + 1] + w[i] + word.substring(i + 2));
                }
            }
            for (int c = 0; c < LETTERS.length(); c++) {
                best.offer(word.substring(0, i) + LETTERS.charAt(c) + word.substring(i));
            }
            if (i < w.length) {
                for (char near : NEAR_KEYS.get(w[i]).toCharArray()) {
                    best.offer(word.substring(0, i) + near + word.substring(i + 1));
                }
            }
        }
        return best.word;
    }

    /** The letters around this one on a phone's QWERTY keyboard; empty for anything but a to z. */
    public static String nearKeys(char letter) {
        return NEAR_KEYS.getOrDefault(letter, "");
    }

    private static Map<Character, String> nearKeys() {
        Map<Character, String> near = new java.util.HashMap<>();
        for (int row = 0; row < KEY_ROWS.length; row++) {
            for (int col = 0; col < KEY_ROWS[row].length(); col++) {
                StringBuilder keys = new StringBuilder();
                int[][] around = {{row, col - 1}, {row, col + 1}, {row - 1, col}, {row - 1, col + 1},
                        {row + 1, col - 1}, {row + 1, col}};
                for (int[] at : around) {
                    if (at[0] >= 0 && at[0] < KEY_ROWS.length && at[1] >= 0 && at[1] < KEY_ROWS[at[0]].length()) {
                        keys.append(KEY_ROWS[at[0]].charAt(at[1]));
                    }
                }
                near.put(KEY_ROWS[row].charAt(col), keys.toString());
            }
        }
        return Map.copyOf(near);
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private final class Best {
        private String word;
        private int count;

        void offer(String candidate) {
            Integer n = counts.get(candidate);
            if (n != null && (n > count || n == count && candidate.compareTo(word) < 0)) {
                word = candidate;
                count = n;
            }
        }
    }
}
