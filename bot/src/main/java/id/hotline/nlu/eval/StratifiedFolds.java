package id.hotline.nlu.eval;

import id.hotline.nlu.LabelledText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Stratified k-fold split: each label's examples are shuffled (seeded) and dealt round-robin over the folds. */
public final class StratifiedFolds {
    private StratifiedFolds() {
    }

    public static List<Fold> split(List<LabelledText> data, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, was " + k);
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < data.size(); i++) {
            byLabel.computeIfAbsent(data.get(i).label(), l -> new ArrayList<>()).add(i);
        }
        int[] foldOf = new int[data.size()];
        Random random = new Random(seed);
        int next = 0;
        for (List<Integer> indices : byLabel.values()) {
            Collections.shuffle(indices, random);
            for (int index : indices) {
                foldOf[index] = next;
                next = (next + 1) % k;
            }
        }
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<LabelledText> train = new ArrayList<>();
            List<LabelledText> test = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                (foldOf[i] == f ? test : train).add(data.get(i));
            }
            folds.add(new Fold(train, test));
        }
        return folds;
    }

    public record Fold(List<LabelledText> train, List<LabelledText> test) {
        public Fold {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }
}
