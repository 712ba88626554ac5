package id.hotline.nlu;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {
    private final Normalizer plain = Normalizer.withoutSlang();

    @Test
    void lower_cases_and_drops_punctuation_emoji_and_control_characters() {
        assertThat(plain.normalize("Halo, KAK!!! 🙏😭\u0007 Apa kabar?").text()).isEqualTo("halo kak apa kabar");
    }

    @Test
    void squeezes_letters_typed_three_or_more_times() {
        assertThat(plain.normalize("tolooong bangeeet sakiiiit").text()).isEqualTo("tolong banget sakit");
    }

    @Test
    void keeps_a_double_letter_when_only_the_double_spelling_is_a_known_word() {
        Normalizer n = new Normalizer(Map.of(), Set.of("maaf"));
        assertThat(n.normalize("maaaaaf").text()).isEqualTo("maaf");
        assertThat(plain.normalize("maaaaaf").text()).isEqualTo("maf");
    }

    @Test
    void separates_digits_from_letters() {
        assertThat(plain.normalize("sudah 6bulan, rp5jt").text()).isEqualTo("sudah 6 bulan rp 5 jt");
    }

    @Test
    void keeps_agency_names_with_a_digit_inside_whole() {
        assertThat(plain.normalize("lapor ke BP3MI atau P3MI").text()).isEqualTo("lapor ke bp3mi atau p3mi");
    }

    @Test
    void doubles_words_written_with_a_2() {
        assertThat(plain.normalize("anak2 saya, apa2 mahal").text()).isEqualTo("anak anak saya apa apa mahal");
    }

    @Test
    void joins_words_around_apostrophes_and_splits_at_hyphens() {
        assertThat(plain.normalize("jum'at di-PHK biru-biru").text()).isEqualTo("jumat di phk biru biru");
    }

    @Test
    void folds_styled_and_accented_letters_to_plain_ones() {
        assertThat(plain.normalize("𝐭𝐨𝐥𝐨𝐧𝐠 café").text()).isEqualTo("tolong cafe");
    }

    @Test
    void replaces_slang_word_by_word_and_keeps_the_typed_words_apart() {
        Normalizer n = new Normalizer(Map.of("gk", "tidak", "dll", "dan lain lain", "sy", "saya"), Set.of());
        NormalizedText t = n.normalize("sy gk tau dll");
        assertThat(t.text()).isEqualTo("saya tidak tau dan lain lain");
        assertThat(t.rawWords()).containsExactly("sy", "gk", "tau", "dll");
    }

    @Test
    void drops_links_and_email_addresses() {
        assertThat(plain.normalize("cek https://contoh.id/loker?x=1 atau tulis ke a.b@mail.com ya").text())
                .isEqualTo("cek atau tulis ke ya");
    }

    @Test
    void turns_empty_or_missing_text_into_no_words() {
        assertThat(plain.normalize(null).isEmpty()).isTrue();
        assertThat(plain.normalize("  ?!  ").isEmpty()).isTrue();
    }

    @Test
    void the_project_slang_dictionary_standardises_typical_chat() {
        Normalizer n = new Normalizer(ProjectLexicon.get().slang(), Set.of());
        assertThat(n.normalize("gmn klo psprt sy d tahan mjkn, gk blh plg").text())
                .isEqualTo("bagaimana kalau paspor saya di tahan majikan tidak boleh pulang");
        assertThat(n.normalize("piye carane, aku ora iso mulih").text())
                .isEqualTo("bagaimana caranya saya tidak bisa pulang");
        // Javanese krama, as parents write: "excuse me, I want to ask, what are the requirements to work in Hong Kong?"
        assertThat(n.normalize("kulo badhe takon, syarate kerjo teng hongkong nopo mawon?").text())
                .isEqualTo("saya mau tanya syaratnya kerja di hongkong apa saja");
    }

    @Test
    void mends_typing_slips_for_the_classifier_and_keeps_the_typed_words_for_the_patterns() {
        Normalizer n = new Normalizer(Map.of("sy", "saya"), Set.of("saya", "dokumen"),
                SpellingCorrector.of(Map.of("dokumen", 4, "saya", 9)));
        NormalizedText t = n.normalize("dokumn sy");
        assertThat(t.mended()).containsExactly("dokumen", "saya");
        assertThat(t.words()).containsExactly("dokumn", "saya");
        assertThat(t.text()).isEqualTo("dokumn saya");
    }

    @Test
    void applies_the_slang_dictionary_to_a_mended_word_and_never_mends_a_slang_word() {
        Normalizer n = new Normalizer(Map.of("gimana", "bagaimana", "bgtu", "begitu"), Set.of(),
                SpellingCorrector.of(Map.of("gimana", 30, "bgitu", 9)));
        assertThat(n.normalize("gimanq bgtu").mended()).containsExactly("bagaimana", "begitu");
    }

    @Test
    void puts_vowels_back_for_the_patterns_too_but_leaves_slips_to_the_classifier() {
        Normalizer n = new Normalizer(Map.of(), Set.of("ditahan", "tendang", "paspor"),
                SpellingCorrector.of(Map.of("ditahan", 20, "tendang", 12, "paspor", 50)));
        NormalizedText t = n.normalize("pspr dthn rendang");
        assertThat(t.words()).containsExactly("paspor", "ditahan", "rendang");
        assertThat(t.mended()).containsExactly("paspor", "ditahan", "tendang");
    }
}
