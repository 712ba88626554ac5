package id.hotline.knowledge;

import id.hotline.domain.Risk;

import java.time.LocalDate;
import java.util.List;

/** One topic the hotline understands and answers, as written in knowledge-base/intents/ID.yaml. */
public record Intent(String id, Risk risk, Texts title, List<String> examples, Texts answer,
                     List<String> suggestions, List<String> sources, LocalDate reviewed, String file) {
    public Intent {
        examples = List.copyOf(examples);
        suggestions = List.copyOf(suggestions);
        sources = List.copyOf(sources);
    }

    /** The taxonomy topic this intent belongs to: "premig.costs" for "premig.costs.kur". */
    public boolean isUnder(String parent) {
        return id.equals(parent) || id.startsWith(parent + ".");
    }
}
