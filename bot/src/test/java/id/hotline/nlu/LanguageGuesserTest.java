package id.hotline.nlu;

import id.hotline.domain.Lang;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuesserTest {
    private final LanguageGuesser guesser = LanguageGuesser.fromResources();
    private final Normalizer normalizer = new Normalizer(Map.of("passport", "paspor"), Set.of());

    private Lang guess(String text) {
        return guesser.read(normalizer.normalize(text)).lang();
    }

    @Test
    void recognises_clear_english() {
        assertThat(guess("How do I report my employer to the embassy?")).isEqualTo(Lang.EN);
        assertThat(guess("they took my passport")).isEqualTo(Lang.EN);
    }

    @Test
    void stays_indonesian_for_indonesian_and_reads_mixed_text_as_unsure() {
        assertThat(guess("bagaimana cara lapor ke kbri")).isEqualTo(Lang.ID);
        assertThat(guesser.read(normalizer.normalize("bagaimana cara lapor ke kbri")).clear()).isTrue();
        assertThat(guess("help kak, paspor saya ditahan")).isEqualTo(Lang.ID);
        assertThat(guess("")).isEqualTo(Lang.ID);
        for (String mixed : new String[] {"what is the Desa Migran Produktif program", "and the KUR PMI loan?", "hello kak",
                "ok", "", "😭😭"}) {
            assertThat(guesser.read(normalizer.normalize(mixed))).as(mixed).isEqualTo(new LanguageGuesser.Guess(Lang.ID, false));
        }
    }

    @Test
    void a_greeting_or_thanks_alone_in_english_is_english() {
        for (String english : new String[] {"hello", "Hi!", "thanks", "hello, how are you?"}) {
            assertThat(guesser.read(normalizer.normalize(english))).as(english).isEqualTo(new LanguageGuesser.Guess(Lang.EN, true));
        }
    }
}
