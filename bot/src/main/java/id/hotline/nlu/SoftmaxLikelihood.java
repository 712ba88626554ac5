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
 * passes over the events once for the value and again for the gradient at the same point. Here each feature's weights
 * for all outcomes are neighbours, and one pass gives the value and the gradient, which the line search asks for
 * next. Not thread-safe: one training uses it, splitting the events over {@code threads} parallel tasks.
 */
final class SoftmaxLikelihood implements Function {
    private final int[][] contexts;
    private final float[][] values;
    private final int[] outcomes;
    private final int[] counts;
    private final int numOutcomes;
    private final int dimension;
    private final int threads;
    private final double[][] partialGradients;
    private final double[] partialValues;

    private final double[] cachedPoint;
    private final double[] gradient;
    private boolean cached;
    private double value;

    SoftmaxLikelihood(DataIndexer indexer, int threads) {
        this.contexts = indexer.getContexts();
        this.values = indexer.getValues();
        this.outcomes = indexer.getOutcomeList();
        this.counts = indexer.getNumTimesEventsSeen();
        this.numOutcomes = indexer.getOutcomeLabels().length;
        this.dimension = indexer.getPredLabels().length * numOutcomes;
        this.threads = Math.max(1, threads);
        this.partialGradients = new double[this.threads][dimension];
        this.partialValues = new double[this.threads];
        this.cachedPoint = new double[dimension];
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

    /**
     * The gradient at x, in an array the caller may change (OpenNLP's L2 wrapper adds its term in place), so it is
     * computed afresh unless {@link #valueAt} has just computed it for the same point.
     */
    @Override
    public double[] gradientAt(double[] x) {
        evaluate(x);
        cached = false;
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

    private void evaluate(double[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException("point has " + x.length + " dimensions, the function " + dimension);
        }
        if (cached && Arrays.equals(x, cachedPoint)) {
            return;
        }
        int chunk = (contexts.length + threads - 1) / threads;
        IntStream.range(0, threads).parallel().forEach(t ->
                partialValues[t] = accumulate(x, t * chunk, Math.min(contexts.length, (t + 1) * chunk), partialGradients[t]));
        value = 0;
        System.arraycopy(partialGradients[0], 0, gradient, 0, dimension);
        for (int t = 0; t < threads; t++) {
            value += partialValues[t];
            if (t > 0) {
                double[] g = partialGradients[t];
                for (int i = 0; i < dimension; i++) {
                    gradient[i] += g[i];
                }
            }
        }
        System.arraycopy(x, 0, cachedPoint, 0, dimension);
        cached = true;
    }

    /** Adds events [from, to) to g (cleared first) and returns their negative log-likelihood. */
    private double accumulate(double[] x, int from, int to, double[] g) {
        Arrays.fill(g, 0);
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
            // scores become d(-log p)/d(score): (probability - observed) times how often the event was seen
            for (int o = 0; o < numOutcomes; o++) {
                scores[o] = Math.exp(scores[o] - logNormaliser) * seen;
            }
            scores[outcomes[e]] -= seen;
            for (int a = 0; a < features.length; a++) {
                double v = weights == null ? 1.0 : weights[a];
                int base = features[a] * numOutcomes;
                for (int o = 0; o < numOutcomes; o++) {
                    g[base + o] += v * scores[o];
                }
            }
        }
        return negLogLikelihood;
    }
}
