package id.hotline.domain;

import java.time.Instant;
import java.util.List;

/**
 * A message as kept in the database.
 *
 * @param author  "user", "bot" or "counselor:NAME"
 * @param buttons the buttons offered under a bot message (payload and the label shown), empty for other messages
 */
public record StoredMessage(long id, long conversationId, Direction direction, String author, MessageKind kind,
                            String text, String intent, Double confidence, Risk risk, List<String> indicators,
                            Instant at, List<Suggestion> buttons) {
    public StoredMessage {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    /** A message without buttons. */
    public StoredMessage(long id, long conversationId, Direction direction, String author, MessageKind kind, String text,
                         String intent, Double confidence, Risk risk, List<String> indicators, Instant at) {
        this(id, conversationId, direction, author, kind, text, intent, confidence, risk, indicators, at, List.of());
    }

    public boolean fromCounselor() {
        return author.startsWith("counselor:");
    }
}
