package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.ScoredIntent;
import opennlp.tools.doccat.DocumentCategorizer;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The intent classifier: an OpenNLP document categorizer over stemmed words, word bigrams and character n-grams,
 * trained in memory from normalised examples. Thread-safe.
 */
public final class IntentClassifier {
    private final DocumentCategorizer categorizer;
    private final String onlyLabel;

    private IntentClassifier(DocumentCategorizer categorizer, String onlyLabel) {
        this.categorizer = categorizer;
        this.onlyLabel = onlyLabel;
    }

    /** Trains on already normalised examples. Examples without any word are skipped. */
    public static IntentClassifier train(List<Sample> samples, ClassifierSettings settings) {
        List<DocumentSample> docs = new ArrayList<>();
        for (Sample s : samples) {
            if (!s.words().isEmpty()) {
                docs.add(new DocumentSample(s.label(), s.words().toArray(String[]::new)));
            }
        }
        List<String> labels = docs.stream().map(DocumentSample::getCategory).distinct().toList();
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("no training examples with words");
        }
        if (labels.size() == 1) {
            return new IntentClassifier(null, labels.get(0));
        }
        return new IntentClassifier(WeightedCategorizer.train(docs, features(settings), settings), null);
    }

    public Classification classify(String[] words) {
        if (onlyLabel != null) {
            return new Classification(onlyLabel, 1.0, List.of(new ScoredIntent(onlyLabel, 1.0)));
        }
        double[] scores = categorizer.categorize(words);
        List<ScoredIntent> ranking = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            ranking.add(new ScoredIntent(categorizer.getCategory(i), clamp(scores[i])));
        }
        ranking.sort(Comparator.comparingDouble(ScoredIntent::score).reversed());
        ScoredIntent best = ranking.get(0);
        return new Classification(best.intent(), best.score(), ranking);
    }

    private static double clamp(double p) {
        return Double.isNaN(p) ? 0.0 : Math.max(0.0, Math.min(1.0, p));
    }

    private static FeatureGenerator[] features(ClassifierSettings settings) {
        List<FeatureGenerator> generators = new ArrayList<>();
        generators.add(new WordFeatures(new IndonesianStemmer(), settings.bigrams()));
        if (settings.charMin() > 0) {
            generators.add(new CharNGramFeatures(settings.charMin(), settings.charMax()));
        }
        return generators.toArray(FeatureGenerator[]::new);
    }

    /** A normalised training example. */
    public record Sample(String label, List<String> words) {
        public Sample {
            words = List.copyOf(words);
        }
    }
}
