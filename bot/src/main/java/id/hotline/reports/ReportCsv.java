package id.hotline.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each section of a {@link Report} as CSV (RFC 4180: comma, CRLF, fields with comma, quote or line break quoted and
 * quotes doubled). Only counts and intent/indicator ids, except the unanswered questions' texts.
 */
public final class ReportCsv {
    public static final List<String> NAMES = List.of("messages", "intents", "fallback", "unanswered", "escalations",
            "indicators", "case-times", "outcomes", "referrals", "feedback");
    // A cell starting like a formula would run in a spreadsheet: it gets a leading apostrophe.
    private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@', '\t', '\r');

    private ReportCsv() {
    }

    /** The CSV named name, or empty for an unknown name. */
    public static Optional<String> render(Report r, String name) {
        List<List<Object>> rows = new ArrayList<>();
        switch (name) {
            case "messages" -> {
                rows.add(List.of("day", "inbound", "outbound", "users"));
                r.perDay().forEach(d -> rows.add(List.of(d.day(), d.inbound(), d.outbound(), d.users())));
            }
            case "intents" -> counts(rows, "intent", r.intents());
            case "fallback" -> {
                rows.add(List.of("from", "to", "questions", "fallbacks", "fallback_rate"));
                rows.add(List.of(r.from(), r.to(), r.questions(), r.fallbacks(), r.fallbackRate()));
            }
            case "unanswered" -> {
                rows.add(List.of("at", "outcome", "guess", "text"));
                r.unanswered().forEach(u -> rows.add(List.of(u.at(), u.outcome(), u.guess() == null ? "" : u.guess(), u.text())));
            }
            case "escalations" -> counts(rows, "priority", r.priorities());
            case "indicators" -> counts(rows, "indicator", r.indicators());
            case "case-times" -> {
                rows.add(List.of("measure", "cases", "median_seconds", "p90_seconds"));
                rows.add(durations("time_to_claim", r.timeToClaim()));
                rows.add(durations("time_to_close", r.timeToClose()));
            }
            case "outcomes" -> counts(rows, "outcome", r.outcomes());
            case "referrals" -> counts(rows, "service", r.referrals());
            case "feedback" -> {
                rows.add(List.of("intent", "helpful", "unhelpful"));
                r.feedback().forEach(f -> rows.add(List.of(f.intent(), f.helpful(), f.unhelpful())));
            }
            default -> {
                return Optional.empty();
            }
        }
        StringBuilder sb = new StringBuilder();
        rows.forEach(row -> line(sb, row));
        return Optional.of(sb.toString());
    }

    private static void counts(List<List<Object>> rows, String what, List<Count> counts) {
        rows.add(List.of(what, "count"));
        counts.forEach(c -> rows.add(List.of(c.key(), c.count())));
    }

    private static List<Object> durations(String measure, Durations d) {
        return List.of(measure, d.count(), d.medianSeconds() == null ? "" : d.medianSeconds(),
                d.p90Seconds() == null ? "" : d.p90Seconds());
    }

    private static void line(StringBuilder sb, List<Object> row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(row.get(i)));
        }
        sb.append("\r\n");
    }

    static String cell(Object value) {
        String s = String.valueOf(value);
        if (value instanceof String && !s.isEmpty() && FORMULA_START.contains(s.charAt(0))) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
