package id.hotline.nlu;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingCorrectorTest {
    private final SpellingCorrector speller = SpellingCorrector.of(Map.of(
            "dokumen", 40, "paspor", 90, "dipaksa", 12, "majikan", 70, "bayar", 30, "gaji", 50, "terus", 160));

    @Test
    void mends_a_dropped_letter_an_extra_letter_and_two_swapped_letters() {
        assertThat(speller.correct("dokumn")).isEqualTo("dokumen");
        assertThat(speller.correct("passpor")).isEqualTo("paspor");
        assertThat(speller.correct("dipkasa")).isEqualTo("dipaksa");
    }

    @Test
    void mends_a_neighbouring_key_but_not_a_letter_far_away_on_the_keyboard() {
        assertThat(speller.correct("majikqn")).isEqualTo("majikan");
        assertThat(speller.correct("bakar")).as("k is far from y: 'bakar' (burn) is a word of its own").isNull();
        assertThat(speller.correct("tebus")).as("b is far from r: 'tebus' (redeem) is a word of its own").isNull();
    }

    @Test
    void leaves_short_words_known_words_and_words_with_digits_alone() {
        assertThat(speller.correct("gajo")).isNull();
        assertThat(speller.correct("paspor")).isNull();
        assertThat(speller.correct("p4spor")).isNull();
        assertThat(speller.correct("xyzxyzxyz")).isNull();
    }

    @Test
    void prefers_the_more_frequent_word_and_breaks_ties_by_spelling() {
        assertThat(SpellingCorrector.of(Map.of("bantu", 9, "banti", 5)).correct("bantiu")).isEqualTo("bantu");
        assertThat(SpellingCorrector.of(Map.of("bantu", 5, "banti", 5)).correct("bantiu")).isEqualTo("banti");
        assertThat(SpellingCorrector.NONE.correct("dokumn")).isNull();
    }
}
