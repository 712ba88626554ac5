package id.hotline.nlu.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {
    /**
     * gold a a b b c / predicted a b b b a. By hand: a: P 1/2 R 1/2 F1 1/2; b: P 2/3 R 1 F1 4/5; c: P 0 R 0 F1 0.
     * Accuracy 3/5, macro-F1 (0.5 + 0.8 + 0) / 3.
     */
    private final Metrics m = Metrics.of(List.of("a", "a", "b", "b", "c"), List.of("a", "b", "b", "b", "a"));

    @Test
    void computes_accuracy_and_macro_f1_as_by_hand() {
        assertThat(m.accuracy()).isCloseTo(0.6, within(1e-9));
        assertThat(m.macroF1()).isCloseTo(1.3 / 3, within(1e-9));
    }

    @Test
    void computes_per_label_precision_recall_f1_and_support() {
        assertThat(m.labels()).containsExactly(
                new Metrics.LabelScore("a", 2, 0.5, 0.5, 0.5),
                new Metrics.LabelScore("b", 2, 2.0 / 3, 1.0, 0.8),
                new Metrics.LabelScore("c", 1, 0.0, 0.0, 0.0));
    }

    @Test
    void counts_a_label_that_is_only_ever_predicted() {
        Metrics only = Metrics.of(List.of("a", "a"), List.of("a", "z"));
        assertThat(only.labels()).extracting(Metrics.LabelScore::label).containsExactly("a", "z");
        assertThat(only.macroF1()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-9));
    }

    @Test
    void lists_confusions_most_frequent_first() {
        Metrics c = Metrics.of(List.of("a", "a", "b", "c", "c"), List.of("b", "b", "a", "a", "c"));
        assertThat(c.confusions()).containsExactly(
                new Metrics.Confusion("a", "b", 2), new Metrics.Confusion("b", "a", 1), new Metrics.Confusion("c", "a", 1));
    }
}
