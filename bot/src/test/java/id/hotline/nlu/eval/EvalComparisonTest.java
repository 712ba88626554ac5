package id.hotline.nlu.eval;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalComparisonTest {
    private static final EvalComparison COMPARISON = new EvalComparison(List.of(
            // now right, and the case it must open is now opened
            new EvalComparison.Change("paspor saya ditahan", "tip.passport_held", "premig.documents", "tip.passport_held",
                    false, true, true),
            // now wrong, and a case opened that must not be
            new EvalComparison.Change("paspor hilang", "premig.documents", "premig.documents", "tip.passport_held",
                    false, true, false),
            // wrong both times; the case it must open is no longer opened
            new EvalComparison.Change("gaji ditahan", "tip.wages_debt", "abroad.complaint", "premig.costs",
                    true, false, true)));

    @Test
    void counts_lines_won_and_lost_and_the_net_change_in_cases() {
        assertThat(COMPARISON.changes()).extracting(EvalComparison.Change::mark).containsExactly('+', '-', '~');
        assertThat(COMPARISON.won()).isEqualTo(1);
        assertThat(COMPARISON.lost()).isEqualTo(1);
        assertThat(COMPARISON.casesCaught()).isZero();
        assertThat(COMPARISON.falseEscalations()).isEqualTo(1);
    }

    @Test
    void prints_each_changed_line_then_the_totals() {
        StringWriter out = new StringWriter();
        COMPARISON.print("old-kb", new PrintWriter(out, true));
        assertThat(out.toString().split("\n")).containsExactly(
                "+ tip.passport_held: premig.documents -> tip.passport_held (case) | paspor saya ditahan",
                "- premig.documents: premig.documents -> tip.passport_held (case) | paspor hilang",
                "~ tip.wages_debt: abroad.complaint (case) -> premig.costs | gaji ditahan",
                "compared with old-kb: changed 3, now right 1, now wrong 1; cases that must open +0, false escalations +1");
    }
}
