package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.ScoredIntent;
import id.hotline.knowledge.NamedTopic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamedTopicsTest {
    private final NamedTopics names = new NamedTopics(List.of(
            new NamedTopic("atensi", List.of("atensi", "asistensi rehabilitasi sosial"),
                    List.of("atensi.about", "atensi.access", "atensi.eligibility")),
            new NamedTopic("desmigratif", List.of("desmigratif"), List.of("reint.desmigratif"))));

    private static Classification ranked(String... intents) {
        List<ScoredIntent> ranking = new java.util.ArrayList<>();
        double score = 0.5;
        for (String intent : intents) {
            ranking.add(new ScoredIntent(intent, score));
            score /= 2;
        }
        return new Classification(intents[0], 0.5, ranking);
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    @Test
    void a_named_programme_takes_its_best_ranked_intent() {
        Classification c = ranked("reint.business_capital", "premig.costs", "atensi.access", "atensi.about");
        Classification narrowed = names.narrow(words("pembinaan kewirausahaan di atensi itu apa"), c);
        assertThat(narrowed.intent()).isEqualTo("atensi.access");
        assertThat(narrowed.confidence()).isEqualTo(0.125);
        assertThat(narrowed.ranking()).isEqualTo(c.ranking());
    }

    @Test
    void a_name_of_several_words_counts_only_when_they_stand_together() {
        Classification c = ranked("tip.about", "atensi.eligibility");
        assertThat(names.narrow(words("apa itu asistensi rehabilitasi sosial"), c).intent()).isEqualTo("atensi.eligibility");
        assertThat(names.narrow(words("asistensi buat rehabilitasi sosial"), c).intent()).isEqualTo("tip.about");
    }

    @Test
    void keeps_the_classification_when_nothing_is_named_or_it_already_belongs_to_a_named_programme() {
        Classification other = ranked("reint.business_capital", "atensi.access");
        assertThat(names.narrow(words("modal usaha setelah pulang"), other)).isSameAs(other);
        Classification inside = ranked("atensi.eligibility", "atensi.about");
        assertThat(names.narrow(words("siapa yang bisa dapat atensi"), inside)).isSameAs(inside);
        Classification second = ranked("reint.desmigratif", "atensi.about");
        assertThat(names.narrow(words("desmigratif dan atensi bedanya apa"), second)).isSameAs(second);
    }
}
