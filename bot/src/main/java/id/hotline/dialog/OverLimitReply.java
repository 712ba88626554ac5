package id.hotline.dialog;

import id.hotline.domain.Reply;

/**
 * What a message over the rate limit gets back ({@link ConversationEngine#overLimit}).
 *
 * @param reply     the emergency lines, or the notice to slow down
 * @param messageId the stored reply's id (the emergency lines in an open case, which the conversation keeps and a
 *                  web page's poll will also find), 0 for a notice that is not stored
 */
public record OverLimitReply(Reply reply, long messageId) {
    /** Whether the reply is stored in the conversation, as a bot message. */
    public boolean stored() {
        return messageId > 0;
    }
}
