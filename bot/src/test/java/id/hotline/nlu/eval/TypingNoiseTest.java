package id.hotline.nlu.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TypingNoiseTest {
    private static final List<EvalExample> LINES = List.of(
            new EvalExample("paspor saya ditahan majikan sejak bulan lalu", "tip.passport_held", true),
            new EvalExample("syarat daftar kerja ke taiwan apa saja", "premig.requirements", false),
            new EvalExample("halo", "smalltalk.greeting", null));

    @Test
    void slips_change_two_long_words_per_line_by_one_letter_and_keep_the_labels() {
        List<EvalExample> noisy = TypingNoise.apply(LINES, TypingNoise.Kind.SLIPS, 7);
        for (int i = 0; i < LINES.size(); i++) {
            assertThat(noisy.get(i).label()).isEqualTo(LINES.get(i).label());
            assertThat(noisy.get(i).escalate()).isEqualTo(LINES.get(i).escalate());
            String[] before = LINES.get(i).text().split(" ");
            String[] after = noisy.get(i).text().split(" ");
            assertThat(after).hasSameSizeAs(before);
            int changed = 0;
            for (int w = 0; w < before.length; w++) {
                if (!before[w].equals(after[w])) {
                    changed++;
                    assertThat(before[w].length()).isGreaterThanOrEqualTo(5);
                    assertThat(Math.abs(before[w].length() - after[w].length())).isLessThanOrEqualTo(1);
                    assertThat(after[w].charAt(0)).isEqualTo(before[w].charAt(0));
                }
            }
            assertThat(changed).isLessThanOrEqualTo(2);
        }
        assertThat(noisy.get(0).text()).isNotEqualTo(LINES.get(0).text());
        assertThat(noisy.get(2).text()).isEqualTo("halo");
    }

    @Test
    void vowels_are_dropped_after_the_first_letter_of_two_words() {
        String noisy = TypingNoise.apply(LINES, TypingNoise.Kind.VOWELS, 3).get(1).text();
        String[] before = LINES.get(1).text().split(" ");
        String[] after = noisy.split(" ");
        int changed = 0;
        for (int w = 0; w < before.length; w++) {
            if (!before[w].equals(after[w])) {
                changed++;
                assertThat(after[w]).isEqualTo(before[w].charAt(0) + before[w].substring(1).replaceAll("[aeiou]", ""));
            }
        }
        assertThat(changed).isEqualTo(2);
    }

    @Test
    void the_same_seed_gives_the_same_lines() {
        assertThat(TypingNoise.apply(LINES, TypingNoise.Kind.SLIPS, 11)).isEqualTo(TypingNoise.apply(LINES, TypingNoise.Kind.SLIPS, 11));
        assertThat(TypingNoise.apply(LINES, TypingNoise.Kind.SLIPS, 11)).isNotEqualTo(TypingNoise.apply(LINES, TypingNoise.Kind.SLIPS, 12));
    }
}
