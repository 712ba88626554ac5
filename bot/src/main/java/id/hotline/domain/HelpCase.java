package id.hotline.domain;

import java.time.Instant;
import java.util.List;

/** A conversation handed to counselors. At most one case per conversation is not closed. */
public record HelpCase(long id, long conversationId, CaseStatus status, Priority priority, List<String> indicators,
                       Channel channel, Lang lang, String claimedBy, Instant openedAt, Instant updatedAt,
                       Instant claimedAt, Instant closedAt, String outcome) {
    public HelpCase {
        indicators = List.copyOf(indicators);
    }

    public boolean heldByCounselor() {
        return status == CaseStatus.CLAIMED;
    }
}
