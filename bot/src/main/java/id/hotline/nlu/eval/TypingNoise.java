package id.hotline.nlu.eval;

import id.hotline.nlu.SpellingCorrector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a test file's lines the way hurried phone users do, to measure how well the NLU copes: two words per line
 * get a typing slip ({@link Kind#SLIPS}: a dropped letter, a neighbouring key, two letters swapped or a letter
 * doubled, in words of five letters or more) or lose their vowels after the first letter ({@link Kind#VOWELS}:
 * "daftar" -> "dftr", in words with at least two consonants after it). Labels stay. The same seed gives the same lines.
 */
public final class TypingNoise {
    public enum Kind { SLIPS, VOWELS }

    private static final int WORDS_PER_LINE = 2;

    private TypingNoise() {
    }

    public static List<EvalExample> apply(List<EvalExample> lines, Kind kind, long seed) {
        Random random = new Random(seed);
        List<EvalExample> out = new ArrayList<>(lines.size());
        for (EvalExample line : lines) {
            String[] words = line.text().split(" ", -1);
            List<Integer> fit = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (fits(words[i], kind)) {
                    fit.add(i);
                }
            }
            java.util.Collections.shuffle(fit, random);
            for (int i : fit.subList(0, Math.min(WORDS_PER_LINE, fit.size()))) {
                words[i] = kind == Kind.SLIPS ? slip(words[i], random) : SpellingCorrector.consonants(words[i]);
            }
            out.add(new EvalExample(String.join(" ", words), line.label(), line.escalate()));
        }
        return out;
    }

    private static boolean fits(String word, Kind kind) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return kind == Kind.SLIPS ? word.length() >= 5 : word.length() >= 4 && SpellingCorrector.consonants(word).length() >= 3;
    }

    /** One slip inside the word (never its first or last letter). */
    private static String slip(String w, Random random) {
        int i = 1 + random.nextInt(w.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> w.substring(0, i) + w.substring(i + 1);
            case 1 -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            case 2 -> w.substring(0, i) + w.charAt(i) + w.substring(i);
            default -> w.substring(0, i) + nearKey(w.charAt(i), random) + w.substring(i + 1);
        };
    }

    private static char nearKey(char c, Random random) {
        String near = SpellingCorrector.nearKeys(Character.toLowerCase(c));
        return near.isEmpty() ? c : near.charAt(random.nextInt(near.length()));
    }
}
