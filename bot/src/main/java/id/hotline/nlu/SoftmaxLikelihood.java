package id.hotline.nlu;

import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The function OpenNLP's L-BFGS ({@code QNMinimizer}) minimises to train a maxent model: the negative log-likelihood
 * of the training events and its gradient, the same function as OpenNLP's {@code ParallelNegLogLikelihood}, computed
 * faster. OpenNLP's keeps one weight block per outcome, so each feature's weights lie far apart in memory, and it
 * computes every example's probabilities twice at a point: once for the value, again for the gradient. Here each
 * feature's weights for all outcomes are neighbours, and the value pass keeps each example's residuals (probability
 * minus observed), so the gradient the line search asks for next only spreads them over the features. A point the
 * line search rejects costs the value pass alone. Not thread-safe: one training uses it, splitting the events over
 * {@code threads} parallel tasks.
 */
final class SoftmaxLikelihood implements Function {
    private final int[][] contexts;
    private final float[][] values;
    private final int[] outcomes;
    private final int[] counts;
    private final int numOutcomes;
    private final int dimension;
    private final int threads;
    private final int chunk;
    private final double[][] partialGradients;
    private final double[] partialValues;
    /** Per example and outcome: (probability - observed) * times seen, at {@link #point}. */
    private final double[] residuals;

    private final double[] point;
    private final double[] gradient;
    private boolean evaluated;
    private double value;

    SoftmaxLikelihood(DataIndexer indexer, int threads) {
        this.contexts = indexer.getContexts();
        this.values = indexer.getValues();
        this.outcomes = indexer.getOutcomeList();
        this.counts = indexer.getNumTimesEventsSeen();
        this.numOutcomes = indexer.getOutcomeLabels().length;
        this.dimension = indexer.getPredLabels().length * numOutcomes;
        this.threads = Math.max(1, threads);
        this.chunk = (contexts.length + this.threads - 1) / this.threads;
        this.partialGradients = new double[this.threads][dimension];
        this.partialValues = new double[this.threads];
        this.residuals = new double[contexts.length * numOutcomes];
        this.point = new double[dimension];
        this.gradient = new double[dimension];
    }

    @Override
    public int getDimension() {
        return dimension;
    }

    @Override
    public double valueAt(double[] x) {
        evaluate(x);
        return value;
    }

    /** The gradient at x, in an array the caller may change (OpenNLP's L2 wrapper adds its term in place). */
    @Override
    public double[] gradientAt(double[] x) {
        evaluate(x);
        IntStream.range(0, threads).parallel().forEach(t -> spread(t * chunk, end(t), partialGradients[t]));
        System.arraycopy(partialGradients[0], 0, gradient, 0, dimension);
        for (int t = 1; t < threads; t++) {
            double[] g = partialGradients[t];
            for (int i = 0; i < dimension; i++) {
                gradient[i] += g[i];
            }
        }
        return gradient;
    }

    /** The trained weights as an OpenNLP model, which keeps every outcome's weight for every feature. */
    static QNModel model(DataIndexer indexer, double[] weights) {
        String[] predicates = indexer.getPredLabels();
        int k = indexer.getOutcomeLabels().length;
        int[] all = IntStream.range(0, k).toArray();
        Context[] params = new Context[predicates.length];
        for (int p = 0; p < predicates.length; p++) {
            params[p] = new Context(all, Arrays.copyOfRange(weights, p * k, p * k + k));
        }
        return new QNModel(params, predicates, indexer.getOutcomeLabels());
    }

    private int end(int task) {
        return Math.min(contexts.length, (task + 1) * chunk);
    }

    /** The value and the residuals at x, unless they are already those of x. */
    private void evaluate(double[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException("point has " + x.length + " dimensions, the function " + dimension);
        }
        if (evaluated && Arrays.equals(x, point)) {
            return;
        }
        IntStream.range(0, threads).parallel().forEach(t -> partialValues[t] = score(x, t * chunk, end(t)));
        value = 0;
        for (double v : partialValues) {
            value += v;
        }
        System.arraycopy(x, 0, point, 0, dimension);
        evaluated = true;
    }

    /** Keeps the residuals of events [from, to) at x and returns their negative log-likelihood. */
    private double score(double[] x, int from, int to) {
        double[] scores = new double[numOutcomes];
        double negLogLikelihood = 0;
        for (int e = from; e < to; e++) {
            int[] features = contexts[e];
            float[] weights = values == null ? null : values[e];
            Arrays.fill(scores, 0);
            for (int a = 0; a < features.length; a++) {
                double v = weights == null ? 1.0 : weights[a];
                int base = features[a] * numOutcomes;
                for (int o = 0; o < numOutcomes; o++) {
                    scores[o] += v * x[base + o];
                }
            }
            // log-sum-exp by hand: OpenNLP's ArrayMath.logSumOfExps uses StrictMath.exp, slower than Math.exp here
            double max = Double.NEGATIVE_INFINITY;
            for (double s : scores) {
                max = Math.max(max, s);
            }
            double sum = 0;
            for (double s : scores) {
                sum += Math.exp(s - max);
            }
            double logNormaliser = max + Math.log(sum);
            int seen = counts[e];
            negLogLikelihood += (logNormaliser - scores[outcomes[e]]) * seen;
            int r = e * numOutcomes;
            for (int o = 0; o < numOutcomes; o++) {
                residuals[r + o] = Math.exp(scores[o] - logNormaliser) * seen;
            }
            residuals[r + outcomes[e]] -= seen;
        }
        return negLogLikelihood;
    }

    /** Spreads the residuals of events [from, to) over their features' weights into g (cleared first). */
    private void spread(int from, int to, double[] g) {
        Arrays.fill(g, 0);
        for (int e = from; e < to; e++) {
            int[] features = contexts[e];
            float[] weights = values == null ? null : values[e];
            int r = e * numOutcomes;
            for (int a = 0; a < features.length; a++) {
                double v = weights == null ? 1.0 : weights[a];
                int base = features[a] * numOutcomes;
                for (int o = 0; o < numOutcomes; o++) {
                    g[base + o] += v * residuals[r + o];
                }
            }
        }
    }
}
