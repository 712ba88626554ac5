package id.hotline.store;

import java.time.Instant;

/** Per-answer votes (👍/👎): which bot answer, its intent, the vote and when. No text, no person. */
public interface FeedbackStore {
    /**
     * Records a vote on a topic answer the bot gave in this conversation; the latest vote on an answer counts.
     *
     * @return false when the message is not a topic answer of this conversation (nothing is stored)
     */
    boolean record(long conversationId, long messageId, boolean helpful, Instant at);
}
