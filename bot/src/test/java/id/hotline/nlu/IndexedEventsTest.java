package id.hotline.nlu;

import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.DataIndexerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Examples numbered by the vectorizer must train the model OpenNLP's own indexer trains from string events. */
class IndexedEventsTest {
    private static final String[] NAMES = new String[60];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = "f" + i;
        }
    }

    @Test
    void trains_the_model_opennlps_indexer_trains() throws Exception {
        Random random = new Random(5);
        List<String> labels = new ArrayList<>();
        List<FeatureVectorizer.Vector> vectors = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int label = random.nextInt(5);
            int[] ids = random.ints(0, 60).distinct().limit(2 + random.nextInt(6))
                    .map(id -> random.nextBoolean() ? label * 12 + id % 12 : id).distinct().toArray();
            float[] values = new float[ids.length];
            for (int k = 0; k < ids.length; k++) {
                values[k] = 0.1f + random.nextFloat();
            }
            labels.add("L" + label);
            vectors.add(vector(ids, values));
        }
        // one example twice: OpenNLP merges it into one seen twice, here it counts twice
        labels.add("L2");
        vectors.add(vector(new int[] {24, 25}, new float[] {1f, 0.5f}));
        labels.add("L2");
        vectors.add(vector(new int[] {24, 25}, new float[] {1f, 0.5f}));

        QNModel ours = train(IndexedEvents.of(labels, vectors, NAMES, 1));
        QNModel theirs = train(opennlp(labels, vectors, 1));
        for (FeatureVectorizer.Vector v : vectors) {
            double[] a = ours.eval(v.context(), v.values());
            double[] b = theirs.eval(v.context(), v.values());
            for (int o = 0; o < a.length; o++) {
                assertThat(a[ours.getIndex(theirs.getOutcome(o))]).isCloseTo(b[o], within(1e-6));
            }
        }
    }

    @Test
    void a_cutoff_leaves_out_rare_features_and_drops_examples_left_without_any() throws Exception {
        List<String> labels = List.of("A", "A", "B", "B");
        List<FeatureVectorizer.Vector> vectors = List.of(
                vector(new int[] {0, 1}, new float[] {1f, 1f}),
                vector(new int[] {0, 2}, new float[] {0.5f, 1f}),
                vector(new int[] {3}, new float[] {1f}),
                vector(new int[] {4, 5}, new float[] {1f, 1f}));
        IndexedEvents cut = IndexedEvents.of(labels, vectors, NAMES, 2);
        DataIndexer expected = opennlp(labels, vectors, 2);
        assertThat(cut.getPredLabels()).containsExactly("f0");
        assertThat(cut.getPredLabels()).containsExactlyInAnyOrder(expected.getPredLabels());
        assertThat(cut.getNumEvents()).isEqualTo(2).isEqualTo(expected.getNumEvents());
        assertThat(cut.getOutcomeLabels()).containsExactly("A");
        assertThat(cut.getPredCounts()).containsExactly(2);
        assertThat(IndexedEvents.of(labels, vectors, NAMES, 1).getPredLabels())
                .containsExactly("f0", "f1", "f2", "f3", "f4", "f5");
    }

    private static FeatureVectorizer.Vector vector(int[] ids, float[] values) {
        return new FeatureVectorizer.Vector(Arrays.stream(ids).mapToObj(id -> NAMES[id]).toArray(String[]::new), ids, values);
    }

    private static DataIndexer opennlp(List<String> labels, List<FeatureVectorizer.Vector> vectors, int cutoff)
            throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            events.add(new Event(labels.get(i), vectors.get(i).context(), vectors.get(i).values()));
        }
        TrainingParameters params = new TrainingParameters();
        params.put("DataIndexer", "OnePassRealValue");
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        DataIndexer indexer = DataIndexerFactory.getDataIndexer(params, new HashMap<>());
        indexer.index(ObjectStreamUtils.createObjectStream(events));
        return indexer;
    }

    private static QNModel train(DataIndexer indexer) {
        QNMinimizer minimizer = new QNMinimizer(0, 0.05, 40, 5, QNTrainer.MAX_FCT_EVAL_DEFAULT);
        return SoftmaxLikelihood.model(indexer, minimizer.minimize(new SoftmaxLikelihood(indexer, 2)));
    }
}
