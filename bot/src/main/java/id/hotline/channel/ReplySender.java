package id.hotline.channel;

import id.hotline.domain.Conversation;
import id.hotline.domain.Reply;

/**
 * Delivers a message that is not an immediate answer (a counselor's words, "your case was closed") to the
 * person on their channel. The message is already stored when this is called; delivery may be asynchronous.
 */
public interface ReplySender {
    void deliver(Conversation conversation, long messageId, Reply reply);
}
