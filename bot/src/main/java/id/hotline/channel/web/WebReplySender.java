package id.hotline.channel.web;

import id.hotline.channel.ReplySender;
import id.hotline.domain.Conversation;
import id.hotline.domain.Reply;

/** The web chat fetches stored messages itself (GET /api/chat/{session}/messages), so delivery is storing. */
public final class WebReplySender implements ReplySender {
    @Override
    public void deliver(Conversation conversation, long messageId, Reply reply) {
        // Already stored by the caller; the page polls for it.
    }
}
