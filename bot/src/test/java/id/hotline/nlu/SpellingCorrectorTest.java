package id.hotline.nlu;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingCorrectorTest {
    private final SpellingCorrector speller = SpellingCorrector.of(Map.of(
            "dokumen", 40, "paspor", 90, "dipaksa", 12, "majikan", 70, "bayar", 30, "gaji", 50, "terus", 160));

    /** What the normaliser gets for a word: the slip it mends for the classifier, and the word with vowels put back. */
    private static List<String> mends(SpellingCorrector s, String word) {
        return Arrays.asList(s.slipOf(word), s.withVowels(word));
    }

    @Test
    void mends_a_dropped_letter_an_extra_letter_and_two_swapped_letters() {
        assertThat(speller.slipOf("dokumn")).isEqualTo("dokumen");
        assertThat(speller.slipOf("passpor")).isEqualTo("paspor");
        assertThat(speller.slipOf("dipkasa")).isEqualTo("dipaksa");
    }

    @Test
    void mends_a_neighbouring_key_but_not_a_letter_far_away_on_the_keyboard() {
        assertThat(speller.slipOf("majikqn")).isEqualTo("majikan");
        assertThat(mends(speller, "bakar")).as("k is far from y: 'bakar' (burn) is a word of its own").containsOnlyNulls();
        assertThat(mends(speller, "tebus")).as("b is far from r: 'tebus' (redeem) is a word of its own").containsOnlyNulls();
    }

    @Test
    void leaves_short_words_known_words_and_words_with_digits_alone() {
        assertThat(mends(speller, "gajo")).containsOnlyNulls();
        assertThat(mends(speller, "paspor")).containsOnlyNulls();
        assertThat(mends(speller, "p4spor")).containsOnlyNulls();
        assertThat(mends(speller, "xyzxyzxyz")).containsOnlyNulls();
        assertThat(mends(speller, "")).containsOnlyNulls();
    }

    @Test
    void prefers_the_more_frequent_word_and_breaks_ties_by_spelling() {
        assertThat(SpellingCorrector.of(Map.of("bantu", 9, "banti", 5)).slipOf("bantiu")).isEqualTo("bantu");
        assertThat(SpellingCorrector.of(Map.of("bantu", 5, "banti", 5)).slipOf("bantiu")).isEqualTo("banti");
        assertThat(SpellingCorrector.NONE.slipOf("dokumn")).isNull();
    }

    @Test
    void puts_back_vowels_left_out_of_a_common_word() {
        SpellingCorrector s = SpellingCorrector.of(Map.of("ditahan", 40, "majikan", 70, "kerja", 90, "pekerjaan", 30,
                "sebagai", 20, "togel", 1, "kesel", 12, "keseleo", 11, "mata", 30, "mati", 20));
        assertThat(s.withVowels("dthn")).isEqualTo("ditahan");
        assertThat(s.withVowels("mjkn")).isEqualTo("majikan");
        assertThat(s.withVowels("krj")).isEqualTo("kerja");
        assertThat(s.withVowels("pkrjaan")).isEqualTo("pekerjaan");
        assertThat(s.withVowels("sbg")).as("a bare word may also drop its last vowel").isEqualTo("sebagai");
    }

    @Test
    void leaves_rare_words_acronyms_and_other_endings_alone() {
        SpellingCorrector s = SpellingCorrector.of(Map.of("togel", 1, "keseleo", 11, "mata", 30, "mati", 20,
                "kerja", 90));
        assertThat(mends(s, "tgl")).as("tanggal, not the rare 'togel'").containsOnlyNulls();
        assertThat(mends(s, "kesel")).as("a word with vowels must end as the example does").containsOnlyNulls();
        assertThat(mends(s, "mt")).as("too few consonants").containsOnlyNulls();
        assertThat(mends(s, "kjr")).as("consonants in another order").containsOnlyNulls();
        assertThat(mends(s, "akrj")).as("the first letter stays").containsOnlyNulls();
    }
}
