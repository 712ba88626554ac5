package id.hotline.nlu.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The plain-text summary nlu-eval prints. Its last line is always {@code accuracy=0.xxxx macro_f1=0.xxxx}. */
public final class EvalPrinter {
    /** The (confidence, margin) pairs tried when recommending the dialog engine's clarify thresholds. */
    public static final double[] CONFIDENCES = {0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};
    public static final double[] MARGINS = {0.0, 0.05, 0.1, 0.12, 0.15, 0.2};

    private EvalPrinter() {
    }

    public static void print(Evaluation e, String heading, PrintWriter out, int confusedPairs) {
        Metrics m = e.metrics();
        out.println(heading);
        out.printf(Locale.ROOT, "lines: %d, training time: %d ms%n", m.total(), e.trainingTime().toMillis());
        out.println();
        out.printf(Locale.ROOT, "%-30s %7s %9s %7s %7s%n", "label", "support", "precision", "recall", "f1");
        for (Metrics.LabelScore s : m.labels()) {
            out.printf(Locale.ROOT, "%-30s %7d %9.3f %7.3f %7.3f%n", s.label(), s.support(), s.precision(), s.recall(), s.f1());
        }
        out.println();
        out.println("most confused (gold -> predicted: count)");
        List<Metrics.Confusion> confusions = m.confusions();
        confusions.stream().limit(confusedPairs).forEach(c ->
                out.printf(Locale.ROOT, "  %s -> %s: %d%n", c.gold(), c.predicted(), c.count()));
        if (confusions.isEmpty()) {
            out.println("  (none)");
        }
        e.escalationRecall().ifPresent(r -> out.println("escalation recall: " + r + byLabel(e, true)));
        e.falseEscalation().ifPresent(r -> out.println("false escalation: " + r + byLabel(e, false)));
        Evaluation.ThresholdOutcome best = recommendThresholds(e);
        out.printf(Locale.ROOT, "clarify thresholds (min confidence %.2f, min margin %.2f): %d answered right, %d wrong, %d clarified%n",
                best.minConfidence(), best.minMargin(), best.right(), best.wrong(), best.clarified());
        out.println(summaryLine(m));
        out.flush();
    }

    /** Which gold labels the escalation mistakes fall under, e.g. " (missed: tip.deception 1)". */
    private static String byLabel(Evaluation e, boolean mustEscalate) {
        var counts = new java.util.TreeMap<String, Integer>();
        int byLexicon = 0;
        for (Prediction p : e.predictions()) {
            if (p.mustEscalate() != null && p.mustEscalate() == mustEscalate && p.escalated() != mustEscalate) {
                counts.merge(p.gold(), 1, Integer::sum);
                // lexicon indicator ids have no dot; classifier evidence is an intent id
                byLexicon += p.analysis().risk().indicators().stream().anyMatch(i -> !i.contains(".")) ? 1 : 0;
            }
        }
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(mustEscalate ? " (missed:" : " (escalated anyway:");
        counts.forEach((label, n) -> b.append(' ').append(label).append(' ').append(n));
        if (!mustEscalate) {
            b.append("; ").append(byLexicon).append(" by the lexicon");
        }
        return b.append(')').toString();
    }

    public static String summaryLine(Metrics m) {
        return String.format(Locale.ROOT, "accuracy=%.4f macro_f1=%.4f", m.accuracy(), m.macroF1());
    }

    /**
     * The (min confidence, min margin) pair that maximises right answers minus three times wrong answers: a wrong
     * answer costs more than a clarifying question, which costs the person one more tap.
     */
    public static Evaluation.ThresholdOutcome recommendThresholds(Evaluation e) {
        Evaluation.ThresholdOutcome best = null;
        for (double c : CONFIDENCES) {
            for (double mg : MARGINS) {
                Evaluation.ThresholdOutcome o = e.withThresholds(c, mg);
                if (best == null || utility(o) > utility(best)) {
                    best = o;
                }
            }
        }
        return best;
    }

    private static int utility(Evaluation.ThresholdOutcome o) {
        return o.right() - 3 * o.wrong();
    }
}
