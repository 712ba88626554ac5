package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.ScoredIntent;
import id.hotline.knowledge.NamedTopic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a question that names a programme with that programme's answers: "pembinaan kewirausahaan di atensi itu
 * apa?" is about ATENSI, not business capital, even when the other words pull elsewhere. The classifier's ranking
 * still picks which of the programme's intents. Immutable and thread-safe.
 */
final class NamedTopics {
    private final List<NamedTopic> topics;

    NamedTopics(List<NamedTopic> topics) {
        this.topics = List.copyOf(topics);
    }

    /**
     * The classification when the words name no topic or it chose one of a named topic's intents; otherwise the
     * best-ranked intent of the named topics.
     */
    Classification narrow(List<String> words, Classification classification) {
        Set<String> named = new HashSet<>();
        for (NamedTopic topic : topics) {
            if (names(words, topic)) {
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

    private static boolean names(List<String> words, NamedTopic topic) {
        for (String name : topic.words()) {
            List<String> parts = List.of(name.split(" "));
            if (java.util.Collections.indexOfSubList(words, parts) >= 0) {
                return true;
            }
        }
        return false;
    }
}
