package id.hotline.knowledge;

import id.hotline.domain.Risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One topic the hotline understands and answers, as written in knowledge-base/intents/ID.yaml. */
public record Intent(String id, Risk risk, Texts title, List<String> examples, Texts answer,
                     List<String> suggestions, List<String> sources, LocalDate reviewed, String file) {
    /** Intents that are no topic of their own: out of scope, greetings and thanks. */
    public static final Set<String> NOT_A_TOPIC = Set.of("out_of_scope", "smalltalk.greeting", "smalltalk.thanks");

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
