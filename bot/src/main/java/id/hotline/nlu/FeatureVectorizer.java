package id.hotline.nlu;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns words into weighted features for the maxent model: the feature generators' strings, weighted by
 * sublinear tf-idf ((1 + ln tf) * idf) and scaled to a fixed length, so long and short messages weigh alike
 * and words found in every intent count little. Built from the training documents; immutable afterwards.
 */
final class FeatureVectorizer {
    /**
     * Length of every vector. With OpenNLP's L2 cost this sets how strongly weights are held back; 2 scored best in
     * cross-validation (1 underfits, 3-5 gave the same accuracy but train slower).
     */
    private static final double NORM = 2.0;

    private final FeatureGenerator[] generators;
    private final Map<String, Feature> features;
    /** Each feature's name, by its number. */
    private final String[] names;

    private FeatureVectorizer(FeatureGenerator[] generators, Map<String, Feature> features, String[] names) {
        this.generators = generators.clone();
        this.features = Map.copyOf(features);
        this.names = names;
    }

    /** @param documents each training document's features as {@link #features} gives them */
    static FeatureVectorizer fit(FeatureGenerator[] generators, List<List<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> doc : documents) {
            for (String f : new java.util.HashSet<>(doc)) {
                df.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Feature> kept = new HashMap<>();
        List<String> names = new ArrayList<>();
        int n = documents.size();
        df.forEach((f, d) -> {
            // A character n-gram or word pair seen in one example only is no feature (measured in ClassifierSettings);
            // single words stay: they carry meaning.
            if (d >= 2 || f.startsWith(WordFeatures.WORD)) {
                kept.put(f, new Feature(names.size(), (float) (Math.log((1.0 + n) / (1.0 + d)) + 1.0)));
                names.add(f);
            }
        });
        return new FeatureVectorizer(generators, kept, names.toArray(String[]::new));
    }

    /** The features' names, indexed by the numbers {@link Vector#ids()} gives. */
    String[] names() {
        return names.clone();
    }

    Vector vectorize(String[] words) {
        return weigh(features(generators, words));
    }

    /** The weighted vector of features already extracted (training extracts each document's once). */
    Vector weigh(List<String> extracted) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (String f : extracted) {
            if (features.containsKey(f)) {
                tf.merge(f, 1, Integer::sum);
            }
        }
        String[] context = new String[tf.size()];
        int[] ids = new int[tf.size()];
        float[] values = new float[tf.size()];
        double sumSquares = 0;
        int i = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            Feature feature = features.get(e.getKey());
            double w = (1 + Math.log(e.getValue())) * feature.idf();
            context[i] = e.getKey();
            ids[i] = feature.id();
            values[i] = (float) w;
            sumSquares += w * w;
            i++;
        }
        double scale = sumSquares == 0 ? 0 : NORM / Math.sqrt(sumSquares);
        for (int k = 0; k < values.length; k++) {
            values[k] = (float) (values[k] * scale);
        }
        return new Vector(context, ids, values);
    }

    static List<String> features(FeatureGenerator[] generators, String[] words) {
        List<String> out = new ArrayList<>(words.length * 16);
        for (FeatureGenerator g : generators) {
            out.addAll(g.extractFeatures(words, Map.of()));
        }
        return out;
    }

    /** A feature's number among the kept features, and its inverse document frequency. */
    private record Feature(int id, float idf) {
    }

    /** The features of a text: names, their numbers (see {@link #names()}) and weights, in the same order. */
    record Vector(String[] context, int[] ids, float[] values) {
    }
}
