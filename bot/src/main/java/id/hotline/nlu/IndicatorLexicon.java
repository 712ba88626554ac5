package id.hotline.nlu;

import id.hotline.domain.Risk;
import id.hotline.knowledge.Indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled patterns of knowledge-base/indicators.yaml. A match is cancelled when a negation word stands
 * right before its first or last word ("paspor saya tidak ditahan"), unless the pattern names a negation word
 * itself ("gaji tidak dibayar" is the indicator). A match of a guarded indicator that is only general talk about
 * trafficking, or a fear of what may happen when the indicator is no danger ({@link id.hotline.knowledge.GeneralTalk}),
 * is reported as general. Immutable and thread-safe.
 */
public final class IndicatorLexicon {
    private static final Set<String> NEGATIONS = Set.of("tidak", "bukan", "belum", "tanpa", "not", "never", "no");
    private static final Pattern NAMES_NEGATION = Pattern.compile("\\b(tidak|bukan|belum|tanpa|tak|not|never|no)\\b");
    /** Small words that may stand between a negation and the word it negates: "tidak pernah ada yang memukul". */
    private static final Set<String> FILLERS = Set.of("pernah", "sedang", "lagi", "juga", "kok", "sih", "pun", "akan",
            "mungkin", "sering", "begitu", "benar", "ada", "yang", "sama", "sekali", "lah", "dong", "kan", "pula",
            "terlalu", "di", "sampai", "sempat", "ever", "been", "was", "be");
    private static final int MAX_FILLERS = 3;
    /** Joins an "or" list, across which a negation carries ("tidak dipukul atau diancam"); "dan" does not. */
    private static final Set<String> OR = Set.of("atau", "ataupun", "maupun", "or", "nor");

    private final List<Compiled> patterns;

    private IndicatorLexicon(List<Compiled> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static IndicatorLexicon compile(List<Indicator> indicators) {
        List<Compiled> out = new ArrayList<>();
        for (Indicator indicator : indicators) {
            for (String p : indicator.patterns()) {
                out.add(new Compiled(indicator, Pattern.compile(p), NAMES_NEGATION.matcher(p).find()));
            }
        }
        return new IndicatorLexicon(out);
    }

    /** General talk, or a fear of what may happen when the indicator is no danger; only for guarded indicators. */
    private static boolean isGeneral(Indicator indicator, String normalized, int start) {
        var general = indicator.general();
        return general != null && (general.isGeneral(normalized, start)
                || indicator.risk() != Risk.EMERGENCY && general.isFeared(normalized, start));
    }

    /**
     * Every indicator pattern that matches the normalised text: as a real match if any match is neither negated nor
     * general talk, else as general talk if one was, else as negated.
     */
    public List<Hit> find(String normalized) {
        List<Hit> hits = new ArrayList<>();
        if (normalized.isEmpty()) {
            return hits;
        }
        for (Compiled c : patterns) {
            Matcher m = c.pattern.matcher(normalized);
            Match best = null;
            while (m.find()) {
                Match match;
                if (!c.handlesNegation && isNegated(normalized, m.start(), m.end())) {
                    match = Match.NEGATED;
                } else if (isGeneral(c.indicator, normalized, m.start())) {
                    match = Match.GENERAL;
                } else {
                    match = Match.REAL;
                }
                best = best == null || match.ordinal() > best.ordinal() ? match : best;
                if (best == Match.REAL) {
                    break;
                }
            }
            if (best != null) {
                hits.add(new Hit(c.indicator, best));
            }
        }
        return hits;
    }

    static boolean isNegated(String text, int start, int end) {
        int firstWordStart = wordStart(text, Math.min(start, text.length() - 1));
        int lastWordStart = wordStart(text, Math.max(start, end - 1));
        return negationBefore(text, firstWordStart) || negationBefore(text, lastWordStart);
    }

    private static int wordStart(String text, int index) {
        int i = index;
        while (i > 0 && text.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    /**
     * Whether a negation word precedes the word starting at {@code wordStart}, skipping a few fillers, and one earlier
     * item of an "or" list: "tidak pernah memukul atau mengancam" negates both.
     */
    private static boolean negationBefore(String text, int wordStart) {
        int end = wordStart - 1;
        boolean listItemSkipped = false;
        for (int skipped = 0; end > 0 && skipped <= MAX_FILLERS; skipped++) {
            int begin = wordStart(text, end - 1);
            String word = text.substring(begin, end);
            if (NEGATIONS.contains(word)) {
                return true;
            }
            if (OR.contains(word) && !listItemSkipped && begin > 1) {
                listItemSkipped = true;
                begin = wordStart(text, begin - 2); // the item before "atau"
            } else if (!FILLERS.contains(word)) {
                return false;
            }
            end = begin - 1;
        }
        return false;
    }

    /** How an indicator was found, from weakest to strongest. */
    public enum Match {
        /** every match was negated ("paspor saya tidak ditahan") */
        NEGATED,
        /** only talk about trafficking in general ("ciri-ciri TPPO: paspor ditahan") */
        GENERAL,
        /** a real description */
        REAL
    }

    /** An indicator found in a message, and how. */
    public record Hit(Indicator indicator, Match match) {
        public boolean negated() {
            return match == Match.NEGATED;
        }
    }

    private record Compiled(Indicator indicator, Pattern pattern, boolean handlesNegation) {
    }
}
