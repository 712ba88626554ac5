package id.hotline.nlu;

import id.hotline.knowledge.Indicator;
import id.hotline.knowledge.Intent;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.NamedTopic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data the pipeline is built from: slang dictionary, indicator lexicon, labelled examples and the names that
 * settle a topic (names.yaml).
 */
public record NluResources(Map<String, String> slang, List<Indicator> indicators, List<LabelledText> examples,
                           List<NamedTopic> names) {
    public NluResources {
        slang = Map.copyOf(slang);
        indicators = List.copyOf(indicators);
        examples = List.copyOf(examples);
        names = List.copyOf(names);
    }

    /** Without names. */
    public NluResources(Map<String, String> slang, List<Indicator> indicators, List<LabelledText> examples) {
        this(slang, indicators, examples, List.of());
    }

    /** Everything from a knowledge base: every intent's examples labelled with the intent id. */
    public static NluResources of(KnowledgeBase kb) {
        List<LabelledText> examples = new ArrayList<>();
        kb.intents().values().stream().sorted(java.util.Comparator.comparing(Intent::id)).forEach(intent -> {
            for (String e : intent.examples()) {
                examples.add(new LabelledText(e, intent.id()));
            }
        });
        return new NluResources(kb.slang(), kb.indicators(), examples, kb.names());
    }

    /** The same slang and lexicon with other examples (a cross-validation fold, a labelled file). */
    public NluResources withExamples(List<LabelledText> other) {
        return new NluResources(slang, indicators, other, names);
    }
}
