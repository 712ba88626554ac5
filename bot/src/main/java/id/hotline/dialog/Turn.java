package id.hotline.dialog;

import id.hotline.domain.Reply;
import id.hotline.domain.Risk;
import id.hotline.domain.TurnOutcome;

import java.util.List;
import java.util.Optional;

/**
 * What happened with one inbound message.
 *
 * @param reply      the bot's answer; empty while a counselor holds the conversation (the bot stays silent)
 * @param intent     the intent answered or best guessed, or null for commands and non-text messages
 * @param caseId     the live case of this conversation after this message, if any
 * @param outcome    what the bot did with a question it read (free text or a chosen topic), or null
 */
public record Turn(long conversationId, long inboundId, long outboundId, Optional<Reply> reply, String intent,
                   double confidence, Risk risk, List<String> indicators, Optional<Long> caseId, TurnOutcome outcome) {
    public Turn {
        indicators = List.copyOf(indicators);
    }

    /** The person deleted their data with this message: the reply (the confirmation) is all that is left of it. */
    public boolean conversationDeleted() {
        return reply.isPresent() && outboundId == 0;
    }

    /** A topic answer the person can rate with 👍/👎 ({@code /nilai <outboundId> 1|0}). */
    public boolean rateable() {
        return outcome == TurnOutcome.ANSWERED && outboundId > 0 && intent != null && reply.isPresent();
    }
}
