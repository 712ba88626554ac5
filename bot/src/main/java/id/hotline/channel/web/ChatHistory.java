package id.hotline.channel.web;

import id.hotline.domain.Direction;
import id.hotline.domain.MessageKind;
import id.hotline.domain.StoredMessage;
import id.hotline.domain.Suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stored messages as the web chat page shows them. A poll gets what the bot and counselors sent. A reopened page
 * (history) also gets the person's own messages: typed ones as written, a pressed button by the label it had under the
 * bot message before it (stored with that message, so in the language the person read then), and the buttons of the
 * last bot reply when the person has not answered it since, as the page showed them before it was closed. A press
 * that matches no button offered stays hidden: the 👍/👎 ("/nilai ...") are the page's own and never stored with a reply.
 */
final class ChatHistory {
    /**
     * @param suggestions the last bot reply's buttons (history only; empty when the person wrote or pressed since)
     */
    record Page(List<Map<String, Object>> messages, List<Suggestion> suggestions) {
    }

    private ChatHistory() {
    }

    static Page of(List<StoredMessage> stored, boolean history) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Suggestion> offered = List.of(); // the buttons under the latest bot message, until the person answers it
        for (StoredMessage m : stored) {
            if (m.direction() == Direction.OUT) {
                out.add(view(m, m.fromCounselor() ? "counselor" : "bot", m.text()));
                if (!m.fromCounselor()) {
                    offered = m.buttons(); // a counselor's message leaves the bot's buttons on the page
                }
            } else if (history) {
                String shown = m.kind() == MessageKind.TEXT ? m.text()
                        : m.kind() == MessageKind.BUTTON ? labelOf(m.text(), offered) : null;
                if (shown != null) {
                    out.add(view(m, "user", shown));
                }
                offered = List.of(); // sending anything clears the page's buttons
            }
        }
        return new Page(out, history ? offered : List.of());
    }

    private static String labelOf(String payload, List<Suggestion> offered) {
        return offered.stream().filter(s -> s.payload().equals(payload)).map(Suggestion::label).findFirst().orElse(null);
    }

    private static Map<String, Object> view(StoredMessage m, String from, String text) {
        return Map.of("id", m.id(), "from", from, "text", text, "at", m.at().toString());
    }
}
