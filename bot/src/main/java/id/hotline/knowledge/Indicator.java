package id.hotline.knowledge;

import id.hotline.domain.Risk;

import java.util.List;

/**
 * A trafficking / forced-labour / danger indicator from knowledge-base/indicators.yaml.
 *
 * @param intents  classifier intents whose score also signals this indicator
 * @param patterns regular expressions matched against the normalised text
 * @param general  when a match is only general talk about trafficking (then it offers a counselor instead of
 *                 opening a case), or null when every match counts
 * @param winsOver intents this indicator's first intent replaces when it matches and the classifier chose one of them
 *                 (a beating reported with a locked door is answered as violence)
 */
public record Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns,
                        GeneralTalk general, List<String> winsOver) {
    public Indicator {
        intents = List.copyOf(intents);
        patterns = List.copyOf(patterns);
        winsOver = List.copyOf(winsOver);
        if (!winsOver.isEmpty() && intents.isEmpty()) {
            throw new IllegalArgumentException("wins_over needs intents: (the first one is what it wins with)");
        }
    }

    public Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns,
                     GeneralTalk general) {
        this(id, risk, label, intents, patterns, general, List.of());
    }

    public Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns) {
        this(id, risk, label, intents, patterns, null);
    }
}
