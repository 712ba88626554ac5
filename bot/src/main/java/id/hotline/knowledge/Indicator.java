package id.hotline.knowledge;

import id.hotline.domain.Risk;

import java.util.List;

/**
 * A trafficking / forced-labour / danger indicator from knowledge-base/indicators.yaml.
 *
 * @param intents  classifier intents whose score also signals this indicator
 * @param patterns regular expressions matched against the normalised text
 */
public record Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns) {
    public Indicator {
        intents = List.copyOf(intents);
        patterns = List.copyOf(patterns);
    }
}
