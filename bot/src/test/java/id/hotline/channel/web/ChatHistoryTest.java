package id.hotline.channel.web;

import id.hotline.domain.Direction;
import id.hotline.domain.MessageKind;
import id.hotline.domain.StoredMessage;
import id.hotline.domain.Suggestion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a polling page and a reopened page get from the stored messages. */
class ChatHistoryTest {
    private static final Suggestion MENU = new Suggestion("/menu", "Menu utama");
    private static final Suggestion ACCESS = new Suggestion("atensi.access", "Cara mendapatkan ATENSI");
    private final List<StoredMessage> stored = new ArrayList<>();

    private void bot(String text, Suggestion... buttons) {
        add(Direction.OUT, "bot", MessageKind.TEXT, text, List.of(buttons));
    }

    private void counselor(String text) {
        add(Direction.OUT, "counselor:siti", MessageKind.TEXT, text, List.of());
    }

    private void typed(String text) {
        add(Direction.IN, "user", MessageKind.TEXT, text, List.of());
    }

    private void pressed(String payload) {
        add(Direction.IN, "user", MessageKind.BUTTON, payload, List.of());
    }

    private void add(Direction d, String author, MessageKind kind, String text, List<Suggestion> buttons) {
        stored.add(new StoredMessage(stored.size() + 1, 1, d, author, kind, text, null, null, null, List.of(),
                Instant.parse("2026-03-01T10:00:00Z"), buttons));
    }

    private static List<String> shown(ChatHistory.Page page) {
        return page.messages().stream().map(m -> m.get("from") + ": " + m.get("text")).toList();
    }

    @Test
    void a_reopened_page_shows_a_pressed_button_by_the_label_offered_with_the_bot_message_before_it() {
        typed("apa itu atensi");
        bot("ATENSI adalah ...", ACCESS, MENU);
        pressed("atensi.access");
        bot("Caranya ...", MENU);

        ChatHistory.Page page = ChatHistory.of(stored, true);

        assertThat(shown(page)).containsExactly("user: apa itu atensi", "bot: ATENSI adalah ...",
                "user: Cara mendapatkan ATENSI", "bot: Caranya ...");
        assertThat(page.messages().get(2)).containsEntry("id", 3L).containsEntry("at", "2026-03-01T10:00:00Z");
        assertThat(page.suggestions()).containsExactly(MENU);
    }

    @Test
    void ratings_and_presses_of_buttons_that_were_not_offered_stay_hidden() {
        bot("ATENSI adalah ...", ACCESS);
        pressed("/nilai 1 1");
        bot("Terima kasih atas masukannya.", MENU);
        pressed("atensi.access"); // not under the thanks

        ChatHistory.Page page = ChatHistory.of(stored, true);

        assertThat(shown(page)).containsExactly("bot: ATENSI adalah ...", "bot: Terima kasih atas masukannya.");
        assertThat(page.suggestions()).isEmpty();
    }

    @Test
    void a_counselors_message_leaves_the_bots_buttons_but_anything_the_person_sent_clears_them() {
        bot("Konselor akan membalas.", MENU);
        counselor("Halo, saya Siti.");
        assertThat(ChatHistory.of(stored, true).suggestions()).containsExactly(MENU);
        assertThat(shown(ChatHistory.of(stored, true))).contains("counselor: Halo, saya Siti.");

        typed("halo kak");
        assertThat(ChatHistory.of(stored, true).suggestions()).isEmpty();
    }

    @Test
    void a_poll_gets_only_what_the_bot_and_counselors_sent_and_no_buttons() {
        typed("apa itu atensi");
        bot("ATENSI adalah ...", ACCESS);
        counselor("Halo");

        ChatHistory.Page page = ChatHistory.of(stored, false);

        assertThat(shown(page)).containsExactly("bot: ATENSI adalah ...", "counselor: Halo");
        assertThat(page.suggestions()).isEmpty();
        assertThat(page.messages()).allMatch(m -> m.keySet().equals(Set.of("id", "from", "text", "at"))); // nothing more
    }

    @Test
    void messages_of_other_kinds_from_the_person_are_not_shown() {
        bot("Halo", MENU);
        add(Direction.IN, "user", MessageKind.PHOTO, "", List.of());
        assertThat(shown(ChatHistory.of(stored, true))).containsExactly("bot: Halo");
        assertThat(ChatHistory.of(stored, true).suggestions()).isEmpty();
        assertThat(ChatHistory.of(List.of(), true).messages()).isEmpty();
    }
}
