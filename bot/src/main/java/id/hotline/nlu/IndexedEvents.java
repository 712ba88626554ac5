package id.hotline.nlu;

import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training examples already turned into numbered features, handed to OpenNLP's L-BFGS as its {@link DataIndexer}.
 * OpenNLP's own indexer takes events whose features are strings, counts and numbers them again in hash maps, then
 * sorts the events to merge equal ones; with 8,000 examples of about 150 features each that was 0.7-0.9 s of a 3.7-4.3 s
 * start-up training. The vectorizer has numbered its features already, so here each example keeps its numbers, and
 * an example seen twice simply counts twice, which is the same likelihood as one merged example seen twice.
 * Immutable once built.
 */
final class IndexedEvents implements DataIndexer {
    private final int[][] contexts;
    private final float[][] values;
    private final int[] outcomes;
    private final int[] timesSeen;
    private final String[] predicates;
    private final int[] predicateCounts;
    private final String[] outcomeLabels;

    private IndexedEvents(int[][] contexts, float[][] values, int[] outcomes, String[] predicates,
                          int[] predicateCounts, String[] outcomeLabels) {
        this.contexts = contexts;
        this.values = values;
        this.outcomes = outcomes;
        this.timesSeen = new int[contexts.length];
        Arrays.fill(timesSeen, 1);
        this.predicates = predicates;
        this.predicateCounts = predicateCounts;
        this.outcomeLabels = outcomeLabels;
    }

    /**
     * @param labels  each example's outcome
     * @param vectors each example's features, numbered as in {@code names}
     * @param names   the features' names by number
     * @param cutoff  a feature in fewer examples than this is left out, as OpenNLP's cutoff does; an example left
     *                with no feature is dropped, as OpenNLP drops it
     */
    static IndexedEvents of(List<String> labels, List<FeatureVectorizer.Vector> vectors, String[] names, int cutoff) {
        if (labels.size() != vectors.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + vectors.size() + " examples");
        }
        int[] seen = new int[names.length];
        for (FeatureVectorizer.Vector v : vectors) {
            for (int id : v.ids()) {
                seen[id]++;
            }
        }
        // kept features get consecutive numbers, in the vectorizer's order
        int[] renumbered = new int[names.length];
        List<String> kept = new ArrayList<>(names.length);
        List<Integer> keptCounts = new ArrayList<>(names.length);
        for (int id = 0; id < names.length; id++) {
            if (seen[id] >= Math.max(1, cutoff)) {
                renumbered[id] = kept.size();
                kept.add(names[id]);
                keptCounts.add(seen[id]);
            } else {
                renumbered[id] = -1;
            }
        }
        Map<String, Integer> outcomeNumbers = new LinkedHashMap<>();
        List<int[]> contexts = new ArrayList<>(vectors.size());
        List<float[]> values = new ArrayList<>(vectors.size());
        List<Integer> outcomes = new ArrayList<>(vectors.size());
        for (int e = 0; e < vectors.size(); e++) {
            FeatureVectorizer.Vector v = vectors.get(e);
            int n = 0;
            int[] ids = new int[v.ids().length];
            float[] weights = new float[ids.length];
            for (int i = 0; i < ids.length; i++) {
                int id = renumbered[v.ids()[i]];
                if (id >= 0) {
                    ids[n] = id;
                    weights[n++] = v.values()[i];
                }
            }
            if (n == 0) {
                continue;
            }
            contexts.add(n == ids.length ? ids : Arrays.copyOf(ids, n));
            values.add(n == ids.length ? weights : Arrays.copyOf(weights, n));
            outcomes.add(outcomeNumbers.computeIfAbsent(labels.get(e), l -> outcomeNumbers.size()));
        }
        return new IndexedEvents(contexts.toArray(int[][]::new), values.toArray(float[][]::new),
                outcomes.stream().mapToInt(Integer::intValue).toArray(), kept.toArray(String[]::new),
                keptCounts.stream().mapToInt(Integer::intValue).toArray(),
                outcomeNumbers.keySet().toArray(String[]::new));
    }

    @Override
    public int[][] getContexts() {
        return contexts;
    }

    @Override
    public int[] getNumTimesEventsSeen() {
        return timesSeen;
    }

    @Override
    public int[] getOutcomeList() {
        return outcomes;
    }

    @Override
    public String[] getPredLabels() {
        return predicates;
    }

    @Override
    public int[] getPredCounts() {
        return predicateCounts;
    }

    @Override
    public String[] getOutcomeLabels() {
        return outcomeLabels;
    }

    @Override
    public float[][] getValues() {
        return values;
    }

    @Override
    public int getNumEvents() {
        return contexts.length;
    }

    /** Built by {@link #of}; OpenNLP's parameters do not apply. */
    @Override
    public void init(TrainingParameters parameters, Map<String, String> reportMap) {
    }

    /** Built by {@link #of}, never from a stream of string events. */
    @Override
    public void index(ObjectStream<Event> events) {
        throw new UnsupportedOperationException("IndexedEvents are built from numbered features");
    }
}
