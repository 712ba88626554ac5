package id.hotline.nlu.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Accuracy, per-label precision/recall/F1, macro-F1 (the mean F1 over every label that occurs as gold or
 * prediction; a label never predicted has precision 0) and the most confused gold -> predicted pairs.
 */
public final class Metrics {
    private final int total;
    private final int correct;
    private final List<LabelScore> labels;
    private final List<Confusion> confusions;

    private Metrics(int total, int correct, List<LabelScore> labels, List<Confusion> confusions) {
        this.total = total;
        this.correct = correct;
        this.labels = List.copyOf(labels);
        this.confusions = List.copyOf(confusions);
    }

    public static Metrics of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        Map<String, Integer> tp = new HashMap<>();
        Map<String, Integer> goldCount = new HashMap<>();
        Map<String, Integer> predCount = new HashMap<>();
        Map<List<String>, Integer> pairs = new HashMap<>();
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i);
            String p = predicted.get(i);
            goldCount.merge(g, 1, Integer::sum);
            predCount.merge(p, 1, Integer::sum);
            if (g.equals(p)) {
                correct++;
                tp.merge(g, 1, Integer::sum);
            } else {
                pairs.merge(List.of(g, p), 1, Integer::sum);
            }
        }
        List<LabelScore> labels = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(goldCount.keySet());
        all.addAll(predCount.keySet());
        for (String label : all) {
            int t = tp.getOrDefault(label, 0);
            double precision = ratio(t, predCount.getOrDefault(label, 0));
            double recall = ratio(t, goldCount.getOrDefault(label, 0));
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            labels.add(new LabelScore(label, goldCount.getOrDefault(label, 0), precision, recall, f1));
        }
        List<Confusion> confusions = new ArrayList<>();
        pairs.forEach((k, v) -> confusions.add(new Confusion(k.get(0), k.get(1), v)));
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed()
                .thenComparing(Confusion::gold).thenComparing(Confusion::predicted));
        return new Metrics(gold.size(), correct, labels, confusions);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public double accuracy() {
        return ratio(correct, total);
    }

    public double macroF1() {
        return labels.stream().mapToDouble(LabelScore::f1).average().orElse(0);
    }

    public int total() {
        return total;
    }

    public int correct() {
        return correct;
    }

    /** Per label, in label order. */
    public List<LabelScore> labels() {
        return labels;
    }

    /** Gold -> predicted mistakes, most frequent first. */
    public List<Confusion> confusions() {
        return confusions;
    }

    public record LabelScore(String label, int support, double precision, double recall, double f1) {
    }

    public record Confusion(String gold, String predicted, int count) {
    }
}
