package id.hotline.nlu.eval;

import id.hotline.nlu.LabelledText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StratifiedFoldsTest {
    private static List<LabelledText> data() {
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new LabelledText("a" + i, "a"));
        }
        for (int i = 0; i < 5; i++) {
            out.add(new LabelledText("b" + i, "b"));
        }
        return out;
    }

    @Test
    void puts_every_example_in_exactly_one_test_fold_and_the_rest_in_training() {
        List<StratifiedFolds.Fold> folds = StratifiedFolds.split(data(), 5, 1);
        List<LabelledText> tested = folds.stream().flatMap(f -> f.test().stream()).toList();
        assertThat(tested).containsExactlyInAnyOrderElementsOf(data());
        assertThat(folds).allSatisfy(f -> assertThat(f.train().size() + f.test().size()).isEqualTo(15));
    }

    @Test
    void spreads_each_label_evenly_over_the_folds() {
        for (StratifiedFolds.Fold f : StratifiedFolds.split(data(), 5, 1)) {
            assertThat(f.test().stream().filter(e -> e.label().equals("a"))).hasSize(2);
            assertThat(f.test().stream().filter(e -> e.label().equals("b"))).hasSize(1);
        }
    }

    @Test
    void the_same_seed_gives_the_same_folds() {
        assertThat(StratifiedFolds.split(data(), 3, 7)).isEqualTo(StratifiedFolds.split(data(), 3, 7));
    }
}
