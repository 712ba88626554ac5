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
        return guesser.guess(normalizer.normalize(text));
    }

    @Test
    void recognises_clear_english() {
        assertThat(guess("How do I report my employer to the embassy?")).isEqualTo(Lang.EN);
        assertThat(guess("they took my passport")).isEqualTo(Lang.EN);
    }

    @Test
    void stays_indonesian_for_indonesian_mixed_and_very_short_text() {
        assertThat(guess("bagaimana cara lapor ke kbri")).isEqualTo(Lang.ID);
        assertThat(guess("help kak, paspor saya ditahan")).isEqualTo(Lang.ID);
        assertThat(guess("thanks")).isEqualTo(Lang.ID);
        assertThat(guess("")).isEqualTo(Lang.ID);
    }
}
