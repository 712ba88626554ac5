package id.hotline.nlu.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The test lines two trained pipelines answer differently, for judging a content edit: the knowledge base before
 * the edit against the one after, on the same test file. A retrained model also moves lines the edit has nothing to
 * do with, so an editor needs to see what moved, not only the accuracy. Immutable.
 *
 * @param changes the lines whose intent or case decision differs, in test-file order
 */
public record EvalComparison(List<Change> changes) {
    /** One line: its gold intent, and the intent and case decision before and after. */
    public record Change(String text, String gold, String before, String after, boolean escalatedBefore,
                         boolean escalatedAfter, Boolean mustEscalate) {
        /** "+" now right, "-" now wrong, "~" wrong both times (or only the case decision moved). */
        public char mark() {
            boolean wasRight = gold.equals(before);
            boolean isRight = gold.equals(after);
            return isRight && !wasRight ? '+' : wasRight && !isRight ? '-' : '~';
        }
    }

    /** @throws IllegalArgumentException when the evaluations are not of the same lines */
    public static EvalComparison of(Evaluation before, Evaluation after) {
        List<Prediction> a = before.predictions();
        List<Prediction> b = after.predictions();
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("different test lines: " + a.size() + " and " + b.size());
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Prediction x = a.get(i);
            Prediction y = b.get(i);
            if (!x.text().equals(y.text())) {
                throw new IllegalArgumentException("different test lines at line " + (i + 1));
            }
            if (!x.predicted().equals(y.predicted()) || x.escalated() != y.escalated()) {
                changes.add(new Change(x.text(), x.gold(), x.predicted(), y.predicted(), x.escalated(), y.escalated(),
                        x.mustEscalate()));
            }
        }
        return new EvalComparison(List.copyOf(changes));
    }

    public long won() {
        return changes.stream().filter(c -> c.mark() == '+').count();
    }

    public long lost() {
        return changes.stream().filter(c -> c.mark() == '-').count();
    }

    /** Lines that must open a case and now do (positive) or no longer do (negative), net. */
    public long casesCaught() {
        return newCases(true);
    }

    /** Lines that must not open a case and now do (positive) or no longer do (negative), net. */
    public long falseEscalations() {
        return newCases(false);
    }

    /** Cases opened now and not before, minus the reverse, among lines whose escalate flag is {@code mustEscalate}. */
    private long newCases(boolean mustEscalate) {
        return changes.stream().filter(c -> Boolean.valueOf(mustEscalate).equals(c.mustEscalate())
                        && c.escalatedBefore() != c.escalatedAfter())
                .mapToLong(c -> c.escalatedAfter() ? 1 : -1).sum();
    }

    /** One line per change, then the totals. */
    public void print(String baseline, PrintWriter out) {
        for (Change c : changes) {
            out.printf(Locale.ROOT, "%c %s: %s%s -> %s%s | %s%n", c.mark(), c.gold(), c.before(),
                    c.escalatedBefore() ? " (case)" : "", c.after(), c.escalatedAfter() ? " (case)" : "", c.text());
        }
        out.printf(Locale.ROOT, "compared with %s: changed %d, now right %d, now wrong %d; cases that must open %+d, "
                + "false escalations %+d%n", baseline, changes.size(), won(), lost(), casesCaught(), falseEscalations());
    }
}
