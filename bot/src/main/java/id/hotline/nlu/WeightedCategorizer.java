package id.hotline.nlu;

import opennlp.tools.doccat.DocumentCategorizer;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.monitoring.LogLikelihoodThresholdBreached;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An OpenNLP {@link DocumentCategorizer} whose features carry tf-idf weights. OpenNLP's own
 * {@code DocumentCategorizerME} only knows binary features and reloads feature generators by class name, so we
 * train the same OpenNLP trainers on weighted events ourselves. Thread-safe: the model and vectorizer are
 * immutable, and the model allocates its result per call.
 */
final class WeightedCategorizer implements DocumentCategorizer {
    /** L-BFGS history length: 5 instead of OpenNLP's 15 trains twice as fast here with the same accuracy. */
    private static final int QN_UPDATES = 5;
    /**
     * The likelihood is computed in parallel over the examples (dev-set predictions were identical with 1 and 2 threads).
     * Two threads trained the 2,762-example knowledge base in 2.6 s instead of 3.3 s on the 2-core machine; more than 4
     * gain little.
     */
    private static final int TRAINING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final MaxentModel model;
    private final FeatureVectorizer vectorizer;

    private WeightedCategorizer(MaxentModel model, FeatureVectorizer vectorizer) {
        this.model = model;
        this.vectorizer = vectorizer;
    }

    static WeightedCategorizer train(List<DocumentSample> docs, FeatureGenerator[] generators, ClassifierSettings settings) {
        List<List<String>> features = docs.stream().map(d -> FeatureVectorizer.features(generators, d.getText())).toList();
        FeatureVectorizer vectorizer = FeatureVectorizer.fit(generators, features);
        List<FeatureVectorizer.Vector> vectors = features.stream().map(vectorizer::weigh).toList();
        List<String> labels = docs.stream().map(DocumentSample::getCategory).toList();
        if (settings.algorithm().equals(QNTrainer.MAXENT_QN_VALUE)) {
            return new WeightedCategorizer(quasiNewton(settings,
                    IndexedEvents.of(labels, vectors, vectorizer.names(), settings.cutoff())), vectorizer);
        }
        List<Event> events = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            events.add(new Event(labels.get(i), vectors.get(i).context(), vectors.get(i).values()));
        }
        TrainingParameters params = parameters(settings);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>(),
                new TrainingConfiguration(new QuietMonitor(), new LogLikelihoodThresholdBreached(params)));
        try {
            return new WeightedCategorizer(trainer.train(ObjectStreamUtils.createObjectStream(events)), vectorizer);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP training failed", e);
        }
    }

    /**
     * OpenNLP's L-BFGS ({@link QNMinimizer}) minimising {@link SoftmaxLikelihood} over examples numbered by the
     * vectorizer ({@link IndexedEvents}): the model of OpenNLP's QN trainer, trained in about half the time (OpenNLP's
     * likelihood and indexer: 5.1-6.9 s on 7,318 examples; see docs/benchmarks.md for the figures of each step).
     */
    private static MaxentModel quasiNewton(ClassifierSettings settings, IndexedEvents events) {
        QNMinimizer minimizer = new QNMinimizer(0, settings.l2(), settings.iterations(), QN_UPDATES,
                QNTrainer.MAX_FCT_EVAL_DEFAULT);
        return SoftmaxLikelihood.model(events, minimizer.minimize(new SoftmaxLikelihood(events, TRAINING_THREADS)));
    }

    private static TrainingParameters parameters(ClassifierSettings settings) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, TRAINING_THREADS);
        p.put("DataIndexer", "OnePassRealValue");
        p.put("L1Cost", 0.0);
        p.put("L2Cost", settings.l2());
        p.put("NumOfUpdates", QN_UPDATES);
        return p;
    }

    @Override
    public double[] categorize(String[] text) {
        FeatureVectorizer.Vector v = vectorizer.vectorize(text);
        return model.eval(v.context(), v.values());
    }

    @Override
    public double[] categorize(String[] text, Map<String, Object> extraInformation) {
        return categorize(text);
    }

    @Override
    public String getBestCategory(double[] outcome) {
        return model.getBestOutcome(outcome);
    }

    @Override
    public int getIndex(String category) {
        return model.getIndex(category);
    }

    @Override
    public String getCategory(int index) {
        return model.getOutcome(index);
    }

    @Override
    public int getNumberOfCategories() {
        return model.getNumOutcomes();
    }

    @Override
    public String getAllResults(double[] results) {
        return model.getAllOutcomes(results);
    }

    @Override
    public Map<String, Double> scoreMap(String[] text) {
        double[] scores = categorize(text);
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            out.put(getCategory(i), scores[i]);
        }
        return out;
    }

    @Override
    public SortedMap<Double, Set<String>> sortedScoreMap(String[] text) {
        SortedMap<Double, Set<String>> out = new TreeMap<>(Collections.reverseOrder());
        scoreMap(text).forEach((category, score) -> out.computeIfAbsent(score, s -> new java.util.TreeSet<>()).add(category));
        return out;
    }

    /** Training progress nobody reads: OpenNLP's default monitor logs one line per iteration. */
    private static final class QuietMonitor implements TrainingProgressMonitor {
        private volatile boolean finished;

        @Override
        public void finishedIteration(int iteration, int correct, int total, TrainingMeasure measure, double value) {
        }

        @Override
        public void finishedTraining(int iterations, StopCriteria<?> criteria) {
            finished = true;
        }

        @Override
        public boolean isTrainingFinished() {
            return finished;
        }

        @Override
        public void display(boolean finished) {
        }
    }
}
