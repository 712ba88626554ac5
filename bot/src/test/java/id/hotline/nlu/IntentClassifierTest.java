package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.ScoredIntent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IntentClassifierTest {
    private static final Normalizer NORMALIZER = new Normalizer(Map.of("sy", "saya", "gk", "tidak", "mjkn", "majikan"), Set.of());
    private static IntentClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = IntentClassifier.train(samples(SmallKb.examples()), ClassifierSettings.DEFAULT);
    }

    private static List<IntentClassifier.Sample> samples(List<LabelledText> examples) {
        return examples.stream().map(e -> new IntentClassifier.Sample(e.label(), NORMALIZER.normalize(e.text()).words())).toList();
    }

    private static Classification classify(String text) {
        return classifier.classify(words(text));
    }

    /** What the classifier reads: the mended words. */
    private static String[] words(String text) {
        return NORMALIZER.normalize(text).mended().toArray(String[]::new);
    }

    @Test
    void recognises_unseen_phrasings() {
        assertThat(classify("paspor sy ditahan sama mjkn").intent()).isEqualTo("tip.passport_held");
        assertThat(classify("halo kakak admin").intent()).isEqualTo("smalltalk.greeting");
        assertThat(classify("biaya ke taiwan sekarang berapa ya").intent()).isEqualTo("premig.costs");
        assertThat(classify("mau bikin paspor syaratnya apa").intent()).isEqualTo("premig.documents");
    }

    @Test
    void survives_typos_through_character_ngrams() {
        assertThat(classify("pasport sya ditahaan majikn").intent()).isEqualTo("tip.passport_held");
    }

    @Test
    void ranks_every_intent_best_first_with_probabilities() {
        Classification c = classify("paspor saya ditahan");
        assertThat(c.ranking()).hasSize(4);
        assertThat(c.ranking()).extracting(ScoredIntent::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(c.ranking()).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        assertThat(c.ranking().stream().mapToDouble(ScoredIntent::score).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(c.confidence()).isEqualTo(c.ranking().get(0).score());
        assertThat(c.intent()).isEqualTo(c.ranking().get(0).intent());
    }

    @Test
    void is_less_sure_about_a_message_it_knows_nothing_about() {
        assertThat(classify("resep rendang padang").confidence()).isLessThan(classify("paspor saya ditahan majikan").confidence());
    }

    @Test
    void classifies_the_same_from_many_threads() throws Exception {
        List<String> texts = List.of("paspor saya ditahan", "halo", "biaya berapa", "dokumen apa saja", "selamat pagi kak");
        List<Classification> expected = texts.stream().map(IntentClassifierTest::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        int k = i % texts.size();
                        if (!classify(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_single_intent_is_always_the_answer() {
        IntentClassifier one = IntentClassifier.train(List.of(new IntentClassifier.Sample("smalltalk.greeting", List.of("halo"))),
                ClassifierSettings.DEFAULT);
        assertThat(one.classify(new String[]{"apa"}).intent()).isEqualTo("smalltalk.greeting");
    }

    @Test
    void refuses_to_train_without_examples() {
        assertThatThrownBy(() -> IntentClassifier.train(List.of(), ClassifierSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void other_opennlp_trainers_work_too() {
        for (String algorithm : List.of("MAXENT", "NAIVEBAYES", "PERCEPTRON")) {
            IntentClassifier c = IntentClassifier.train(samples(SmallKb.examples()),
                    new ClassifierSettings(algorithm, 50, 1, 3, 4, true, 0.03));
            assertThat(c.classify(words("paspor saya ditahan majikan")).intent())
                    .as(algorithm).isEqualTo("tip.passport_held");
        }
    }
}
