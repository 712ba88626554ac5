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
        assertThat(speller.correct("")).isNull();
        assertThat(speller.withVowels("")).isNull();
    }

    @Test
    void prefers_the_more_frequent_word_and_breaks_ties_by_spelling() {
        assertThat(SpellingCorrector.of(Map.of("bantu", 9, "banti", 5)).correct("bantiu")).isEqualTo("bantu");
        assertThat(SpellingCorrector.of(Map.of("bantu", 5, "banti", 5)).correct("bantiu")).isEqualTo("banti");
        assertThat(SpellingCorrector.NONE.correct("dokumn")).isNull();
    }

    @Test
    void puts_back_vowels_left_out_of_a_common_word() {
        SpellingCorrector s = SpellingCorrector.of(Map.of("ditahan", 40, "majikan", 70, "kerja", 90, "pekerjaan", 30,
                "sebagai", 20, "togel", 1, "kesel", 12, "keseleo", 11, "mata", 30, "mati", 20));
        assertThat(s.correct("dthn")).isEqualTo("ditahan");
        assertThat(s.correct("mjkn")).isEqualTo("majikan");
        assertThat(s.correct("krj")).isEqualTo("kerja");
        assertThat(s.correct("pkrjaan")).isEqualTo("pekerjaan");
        assertThat(s.correct("sbg")).as("a bare word may also drop its last vowel").isEqualTo("sebagai");
    }

    @Test
    void leaves_rare_words_acronyms_and_other_endings_alone() {
        SpellingCorrector s = SpellingCorrector.of(Map.of("togel", 1, "keseleo", 11, "mata", 30, "mati", 20,
                "kerja", 90));
        assertThat(s.correct("tgl")).as("tanggal, not the rare 'togel'").isNull();
        assertThat(s.correct("kesel")).as("a word with vowels must end as the example does").isNull();
        assertThat(s.correct("mt")).as("too few consonants").isNull();
        assertThat(s.correct("kjr")).as("consonants in another order").isNull();
        assertThat(s.correct("akrj")).as("the first letter stays").isNull();
    }
}
