package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.ScoredIntent;
import id.hotline.knowledge.NamedTopic;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a question that names a programme with that programme's answers: "pembinaan kewirausahaan di atensi itu
 * apa?" is about ATENSI, not business capital, even when the other words pull elsewhere. The classifier's ranking
 * still picks which of the programme's intents. Immutable and thread-safe.
 */
final class NamedTopics {
    private final List<Named> topics;

    NamedTopics(List<NamedTopic> topics) {
        this.topics = topics.stream().map(t -> new Named(
                t.words().stream().map(name -> List.of(name.split(" "))).toList(), Set.copyOf(t.intents()))).toList();
    }

    /** A topic's names, each split into its words once, and its intents. */
    private record Named(List<List<String>> names, Set<String> intents) {
    }

    /**
     * The classification when the words name no topic or it chose one of a named topic's intents; otherwise the
     * best-ranked intent of the named topics.
     */
    Classification narrow(List<String> words, Classification classification) {
        Set<String> named = new HashSet<>();
        for (Named topic : topics) {
            if (topic.names().stream().anyMatch(name -> Collections.indexOfSubList(words, name) >= 0)) {
                named.addAll(topic.intents());
            }
        }
        if (named.isEmpty() || named.contains(classification.intent())) {
            return classification;
        }
        for (ScoredIntent s : classification.ranking()) {
            if (named.contains(s.intent())) {
                return new Classification(s.intent(), s.score(), classification.ranking());
            }
        }
        return classification;
    }
}
