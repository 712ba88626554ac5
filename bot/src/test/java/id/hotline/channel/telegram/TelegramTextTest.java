package id.hotline.channel.telegram;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramTextTest {
    @Test
    void html_escapes_markup_characters_and_turns_list_lines_into_bullets() {
        assertThat(TelegramText.html("Biaya < Rp 5 juta & gaji > UMR\n- BP2MI\n- Polri 110"))
                .isEqualTo("Biaya &lt; Rp 5 juta &amp; gaji &gt; UMR\n\u2022 BP2MI\n\u2022 Polri 110");
    }

    @Test
    void long_text_is_split_after_a_sentence_and_every_part_fits() {
        String sentence = "Ini kalimat yang cukup panjang untuk diuji pemotongannya. ";
        String text = sentence.repeat(200);
        List<String> parts = TelegramText.split(text, TelegramText.MAX_MESSAGE);
        assertThat(parts).hasSizeGreaterThan(2);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(TelegramText.MAX_MESSAGE));
        assertThat(parts).allSatisfy(p -> assertThat(p).endsWith("pemotongannya."));
        assertThat(String.join(" ", parts)).isEqualTo(text.strip());
    }

    @Test
    void text_without_spaces_is_cut_hard_but_never_inside_a_surrogate_pair() {
        String text = "a".repeat(4095) + "\uD83D\uDE4F" + "b".repeat(10);
        List<String> parts = TelegramText.split(text, TelegramText.MAX_MESSAGE);
        assertThat(parts.get(0)).hasSize(4095);
        assertThat(parts.get(1)).startsWith("\uD83D\uDE4F");
    }

    @Test
    void limits_allow_a_short_burst_per_chat_then_one_per_second_and_thirty_per_second_overall() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        SendLimits limits = SendLimits.telegramDefaults(t);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.reserve("1", true, t)).isEmpty();
        }
        assertThat(limits.reserve("1", true, t)).hasValueSatisfying(w -> assertThat(w).isBetween(Duration.ofMillis(900), Duration.ofSeconds(1)));
        assertThat(limits.reserve("1", true, t.plusSeconds(1))).isEmpty();
        int allowed = 0;
        for (int chat = 100; chat < 200; chat++) {
            if (limits.reserve(Integer.toString(chat), true, t.plusSeconds(1)).isEmpty()) {
                allowed++;
            }
        }
        assertThat(allowed).isBetween(25, 30);
    }

    @Test
    void back_off_doubles_from_half_a_second_up_to_a_minute() {
        assertThat(OutboxSender.backoff(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(OutboxSender.backoff(30)).isEqualTo(Duration.ofSeconds(60));
    }
}
