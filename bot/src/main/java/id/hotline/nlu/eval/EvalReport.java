package id.hotline.nlu.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes one run of nlu-eval as a section of a markdown report. Each kind of run (cross-validation, a given
 * test file) has its own section between HTML comment markers and replaces only its own section, so one file
 * collects the latest cross-validation, dev and benchmark numbers.
 */
public final class EvalReport {
    private static final String TITLE = "# NLU evaluation report\n\n"
            + "Written by `nlu-eval --report`. Each section is replaced when the same kind of run is repeated.\n";

    private EvalReport() {
    }

    public static void write(Path file, String key, String title, String command, String settings,
                             Evaluation e, String note) throws IOException {
        String section = section(key, title, command, settings, e, note);
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : TITLE;
        String begin = "<!-- nlu-eval:" + key + " -->";
        String end = "<!-- /nlu-eval:" + key + " -->";
        int from = existing.indexOf(begin);
        int to = existing.indexOf(end);
        String updated = from >= 0 && to > from
                ? existing.substring(0, from) + section + existing.substring(to + end.length())
                : existing.stripTrailing() + "\n\n" + section + "\n";
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    static String section(String key, String title, String command, String settings, Evaluation e, String note) {
        Metrics m = e.metrics();
        StringBuilder b = new StringBuilder();
        b.append("<!-- nlu-eval:").append(key).append(" -->\n");
        b.append("## ").append(title).append("\n\n");
        b.append("- date: ").append(LocalDate.now()).append("\n");
        b.append("- command: `").append(command).append("`\n");
        b.append("- classifier: ").append(settings).append("\n");
        b.append(String.format(Locale.ROOT, "- lines: %d; training time: %d ms%n", m.total(), e.trainingTime().toMillis()));
        b.append(String.format(Locale.ROOT, "- **accuracy %.4f, macro-F1 %.4f**%n", m.accuracy(), m.macroF1()));
        e.escalationRecall().ifPresent(r -> b.append("- escalation recall: ").append(r).append("\n"));
        e.falseEscalation().ifPresent(r -> b.append("- false escalation: ").append(r).append("\n"));
        Evaluation.ThresholdOutcome t = EvalPrinter.recommendThresholds(e);
        b.append(String.format(Locale.ROOT, "- clarify thresholds that maximise right - 3 x wrong answers: min confidence %.2f, "
                + "min margin %.2f (%d right, %d wrong, %d clarified)%n", t.minConfidence(), t.minMargin(), t.right(), t.wrong(), t.clarified()));
        b.append("\n| min confidence | min margin | answered right | answered wrong | clarified | precision of answers |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        for (double[] pair : new double[][]{{0.30, 0.05}, {0.35, 0.10}, {0.45, 0.05}, {0.45, 0.12}, {0.50, 0.15}, {0.60, 0.20}}) {
            Evaluation.ThresholdOutcome o = e.withThresholds(pair[0], pair[1]);
            b.append(String.format(Locale.ROOT, "| %.2f | %.2f | %d | %d | %d | %.3f |%n",
                    o.minConfidence(), o.minMargin(), o.right(), o.wrong(), o.clarified(), o.precision()));
        }
        if (note != null && !note.isBlank()) {
            b.append("\n").append(note.strip()).append("\n");
        }
        b.append("\n| label | support | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
        for (Metrics.LabelScore s : m.labels()) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", s.label(), s.support(), s.precision(), s.recall(), s.f1()));
        }
        List<Metrics.Confusion> confusions = m.confusions();
        b.append("\nMost confused (gold → predicted): ");
        b.append(confusions.isEmpty() ? "none" : String.join(", ", confusions.stream().limit(10)
                .map(c -> c.gold() + " → " + c.predicted() + " (" + c.count() + ")").toList()));
        b.append("\n<!-- /nlu-eval:").append(key).append(" -->");
        return b.toString();
    }
}
