package id.hotline.dialog;

import id.hotline.domain.Reply;
import id.hotline.domain.Risk;

import java.util.List;
import java.util.Optional;

/**
 * What happened with one inbound message.
 *
 * @param reply      the bot's answer; empty while a counselor holds the conversation (the bot stays silent)
 * @param intent     the intent answered or best guessed, or null for commands and non-text messages
 * @param caseId     the live case of this conversation after this message, if any
 */
public record Turn(long conversationId, long inboundId, long outboundId, Optional<Reply> reply, String intent,
                   double confidence, Risk risk, List<String> indicators, Optional<Long> caseId) {
    public Turn {
        indicators = List.copyOf(indicators);
    }
}
