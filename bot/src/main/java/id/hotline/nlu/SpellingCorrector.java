package id.hotline.nlu;

import java.util.Map;

/**
 * Mends one typing slip in a word the examples never use ("dokumn" -> "dokumen", "pasport" -> "paspor",
 * "dipkasa" -> "dipaksa"): of the example words one deletion, insertion, substitution or swap of neighbouring
 * letters away, the most frequent wins (ties by spelling, so the result is the same on every run). Short words are
 * left alone: at four letters or fewer too many real words are one slip apart ("gaji", "gali"). Immutable and
 * thread-safe.
 */
public final class SpellingCorrector {
    /** Corrects nothing. */
    public static final SpellingCorrector NONE = new SpellingCorrector(Map.of(), Integer.MAX_VALUE);

    /** Words shorter than this are never corrected. */
    public static final int MIN_LENGTH = 5;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    /** The letters around each letter on a phone's QWERTY keyboard: the only letters a slip puts in its place. */
    private static final Map<Character, String> NEAR_KEYS = nearKeys();

    private final Map<String, Integer> counts;
    private final int minLength;

    private SpellingCorrector(Map<String, Integer> counts, int minLength) {
        this.counts = Map.copyOf(counts);
        this.minLength = minLength;
    }

    /** @param counts how often each word occurs in the training examples, as {@link Normalizer#clean} spells it */
    public static SpellingCorrector of(Map<String, Integer> counts) {
        return new SpellingCorrector(counts, MIN_LENGTH);
    }

    /** The example word this one is a slip of, or null when it is short, not all letters or nothing is near. */
    public String correct(String word) {
        if (word.length() < minLength || counts.containsKey(word) || !isLetters(word)) {
            return null;
        }
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
