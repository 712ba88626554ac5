package id.hotline.nlu.eval;

import id.hotline.nlu.LabelledText;
import id.hotline.nlu.NluPipeline;
import id.hotline.nlu.NluResources;
import id.hotline.nlu.NluSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs the pipeline over labelled data (held-out file or k-fold cross-validation) and summarises the result. */
public final class Evaluation {
    private final List<Prediction> predictions;
    private final Duration trainingTime;
    private final Metrics metrics;

    private Evaluation(List<Prediction> predictions, Duration trainingTime) {
        this.predictions = List.copyOf(predictions);
        this.trainingTime = trainingTime;
        this.metrics = Metrics.of(predictions.stream().map(Prediction::gold).toList(),
                predictions.stream().map(Prediction::predicted).toList());
    }

    /** Train once on the resources' examples, test on the given lines. */
    public static Evaluation holdOut(NluResources resources, NluSettings settings, List<EvalExample> test) {
        NluPipeline pipeline = NluPipeline.train(resources, settings);
        List<Prediction> out = new ArrayList<>(test.size());
        for (EvalExample e : test) {
            out.add(new Prediction(e.text(), e.label(), e.escalate(), pipeline.analyse(e.text())));
        }
        return new Evaluation(out, pipeline.trainingTime());
    }

    /**
     * Stratified k-fold cross-validation over the resources' own examples.
     *
     * @param mustEscalate which gold labels count as "must open a case" for the escalation figures
     */
    public static Evaluation crossValidate(NluResources resources, NluSettings settings, int folds, long seed,
                                           Predicate<String> mustEscalate) {
        List<Prediction> out = new ArrayList<>();
        Duration longest = Duration.ZERO;
        for (StratifiedFolds.Fold fold : StratifiedFolds.split(resources.examples(), folds, seed)) {
            NluPipeline pipeline = NluPipeline.train(resources.withExamples(fold.train()), settings);
            longest = pipeline.trainingTime().compareTo(longest) > 0 ? pipeline.trainingTime() : longest;
            for (LabelledText e : fold.test()) {
                out.add(new Prediction(e.text(), e.label(), mustEscalate.test(e.label()), pipeline.analyse(e.text())));
            }
        }
        return new Evaluation(out, longest);
    }

    /** How many test lines are also training examples: the same words, ignoring case and punctuation. */
    public static long alsoInTraining(List<LabelledText> training, List<EvalExample> test) {
        Set<String> seen = training.stream().map(t -> sameWords(t.text())).collect(Collectors.toSet());
        return test.stream().filter(e -> seen.contains(sameWords(e.text()))).count();
    }

    private static String sameWords(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }

    public List<Prediction> predictions() {
        return predictions;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Training time (for cross-validation: of the slowest fold). */
    public Duration trainingTime() {
        return trainingTime;
    }

    /** Share of must-escalate lines whose risk opens a case; empty when no line says. */
    public Optional<Rate> escalationRecall() {
        return rate(p -> Boolean.TRUE.equals(p.mustEscalate()));
    }

    /** Share of must-not-escalate lines whose risk opens a case anyway; empty when no line says. */
    public Optional<Rate> falseEscalation() {
        return rate(p -> Boolean.FALSE.equals(p.mustEscalate()));
    }

    private Optional<Rate> rate(Predicate<Prediction> population) {
        List<Prediction> lines = predictions.stream().filter(population).toList();
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new Rate((int) lines.stream().filter(Prediction::escalated).count(), lines.size()));
    }

    /** What the dialog engine's clarify rule (answer only when confidence and margin are high enough) would do. */
    public ThresholdOutcome withThresholds(double minConfidence, double minMargin) {
        int answeredRight = 0;
        int answeredWrong = 0;
        for (Prediction p : predictions) {
            if (p.confidence() >= minConfidence && p.margin() >= minMargin) {
                if (p.correct()) {
                    answeredRight++;
                } else {
                    answeredWrong++;
                }
            }
        }
        return new ThresholdOutcome(minConfidence, minMargin, answeredRight, answeredWrong, predictions.size());
    }

    public record Rate(int hits, int of) {
        public double value() {
            return of == 0 ? 0 : (double) hits / of;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.4f (%d/%d)", value(), hits, of);
        }
    }

    /** Answered right / answered wrong / asked to clarify, out of all lines. */
    public record ThresholdOutcome(double minConfidence, double minMargin, int right, int wrong, int total) {
        public int clarified() {
            return total - right - wrong;
        }

        /** Accuracy of the answers actually given. */
        public double precision() {
            return right + wrong == 0 ? 0 : (double) right / (right + wrong);
        }
    }
}
