package id.hotline.dialog;

import id.hotline.domain.Lang;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageRequestTest {
    @Test
    void a_request_for_a_language_in_words_is_recognised() {
        assertThat(LanguageRequest.asked("can you answer in bahasa")).contains(Lang.ID);
        assertThat(LanguageRequest.asked("bahasa indonesia aja kak")).contains(Lang.ID);
        assertThat(LanguageRequest.asked("english please")).contains(Lang.EN);
        assertThat(LanguageRequest.asked("bisa pakai bahasa inggris")).contains(Lang.EN);
        assertThat(LanguageRequest.asked("can you speak english")).contains(Lang.EN);
    }

    @Test
    void a_question_about_languages_is_not_a_request() {
        for (String q : new String[] {"kontraknya pakai bahasa inggris gimana", "kursus bahasa inggris di mana",
                "apa harus bisa bahasa inggris buat kerja di hongkong", "harus bisa bahasa inggris", "bahasa", "belajar bahasa mandarin",
                "majikan saya ngomong pakai bahasa kanton terus saya tidak ngerti apa apa sama sekali"}) {
            assertThat(LanguageRequest.asked(q)).as(q).isEqualTo(Optional.empty());
        }
    }
}
