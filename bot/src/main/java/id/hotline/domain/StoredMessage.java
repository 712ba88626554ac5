package id.hotline.domain;

import java.time.Instant;
import java.util.List;

/**
 * A message as kept in the database.
 *
 * @param author "user", "bot" or "counselor:NAME"
 */
public record StoredMessage(long id, long conversationId, Direction direction, String author, MessageKind kind,
                            String text, String intent, Double confidence, Risk risk, List<String> indicators,
                            Instant at) {
    public StoredMessage {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public boolean fromCounselor() {
        return author.startsWith("counselor:");
    }
}
