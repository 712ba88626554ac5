package id.hotline.nlu;

import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.DataIndexerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Our likelihood must be OpenNLP's, only laid out per feature: checked against OpenNLP's own at random points. */
class SoftmaxLikelihoodTest {
    private static DataIndexer indexer;
    private static int preds;
    private static int outcomes;

    @BeforeAll
    static void index() throws Exception {
        Random random = new Random(3);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int label = random.nextInt(4);
            int n = 2 + random.nextInt(5);
            String[] context = new String[n];
            float[] values = new float[n];
            for (int k = 0; k < n; k++) {
                // features lean towards their label, so the data can be learned
                context[k] = "f" + (random.nextBoolean() ? label * 10 + random.nextInt(10) : random.nextInt(40)) + "_" + k % 2;
                values[k] = 0.2f + random.nextFloat();
            }
            events.add(new Event("L" + label, context, values));
        }
        // two identical events, which the indexer merges into one seen twice
        events.add(new Event("L1", new String[] {"f11_0", "f12_1"}, new float[] {1f, 0.5f}));
        events.add(new Event("L1", new String[] {"f11_0", "f12_1"}, new float[] {1f, 0.5f}));
        TrainingParameters params = new TrainingParameters();
        params.put("DataIndexer", "OnePassRealValue");
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("sort", true);
        indexer = DataIndexerFactory.getDataIndexer(params, new HashMap<>());
        indexer.index(ObjectStreamUtils.createObjectStream(events));
        preds = indexer.getPredLabels().length;
        outcomes = indexer.getOutcomeLabels().length;
    }

    @Test
    void value_and_gradient_equal_opennlps_at_any_point() {
        NegLogLikelihood theirs = new NegLogLikelihood(indexer);
        Random random = new Random(11);
        for (int threads : new int[] {1, 3}) {
            SoftmaxLikelihood ours = new SoftmaxLikelihood(indexer, threads);
            assertThat(ours.getDimension()).isEqualTo(theirs.getDimension());
            for (int trial = 0; trial < 5; trial++) {
                double[] x = new double[ours.getDimension()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextGaussian();
                }
                double[] same = theirLayout(x);
                assertThat(ours.valueAt(x)).isCloseTo(theirs.valueAt(same), within(1e-9));
                double[] gradient = ours.gradientAt(x).clone();
                double[] expected = theirs.gradientAt(same);
                for (int p = 0; p < preds; p++) {
                    for (int o = 0; o < outcomes; o++) {
                        assertThat(gradient[p * outcomes + o]).isCloseTo(expected[o * preds + p], within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void a_gradient_changed_by_the_caller_is_computed_again() {
        SoftmaxLikelihood f = new SoftmaxLikelihood(indexer, 2);
        double[] x = new double[f.getDimension()];
        x[3] = 0.5;
        f.valueAt(x);
        double[] first = f.gradientAt(x).clone();
        f.gradientAt(x)[0] += 100; // as OpenNLP's L2 wrapper adds its term in place
        assertThat(f.gradientAt(x)).containsExactly(first);
    }

    @Test
    void trains_a_model_that_learns_the_data() {
        QNMinimizer minimizer = new QNMinimizer(0, 0.01, 50, 5, 30000);
        QNModel model = SoftmaxLikelihood.model(indexer, minimizer.minimize(new SoftmaxLikelihood(indexer, 2)));
        assertThat(model.getNumOutcomes()).isEqualTo(outcomes);
        assertThat(model.getBestOutcome(model.eval(new String[] {"f11_0", "f12_1"}, new float[] {1f, 0.5f}))).isEqualTo("L1");
        assertThat(model.getBestOutcome(model.eval(new String[] {"f33_0", "f35_1", "f31_0"}, new float[] {1f, 1f, 1f})))
                .isEqualTo("L3");
    }

    @Test
    void refuses_a_point_of_another_size() {
        SoftmaxLikelihood f = new SoftmaxLikelihood(indexer, 1);
        assertThatThrownBy(() -> f.valueAt(new double[3])).isInstanceOf(IllegalArgumentException.class);
    }

    /** The same weights in OpenNLP's layout: all features' weights for outcome 0, then for outcome 1, ... */
    private static double[] theirLayout(double[] ours) {
        double[] theirs = new double[ours.length];
        for (int p = 0; p < preds; p++) {
            for (int o = 0; o < outcomes; o++) {
                theirs[o * preds + p] = ours[p * outcomes + o];
            }
        }
        return theirs;
    }
}
