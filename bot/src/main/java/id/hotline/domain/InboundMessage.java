package id.hotline.domain;

import java.time.Instant;

/**
 * A message from a user, as every channel hands it to the core.
 *
 * @param userRef    the channel's stable id of the person or chat (web session id, Telegram chat id)
 * @param text       the text, or the button payload / command; empty for media without caption
 * @param externalId the channel's id of this message (Telegram update id), or null
 */
public record InboundMessage(Channel channel, String userRef, MessageKind kind, String text,
                             String externalId, Instant receivedAt) {
    public InboundMessage {
        if (channel == null || kind == null || receivedAt == null) {
            throw new IllegalArgumentException("channel, kind and receivedAt are required");
        }
        if (userRef == null || userRef.isBlank()) {
            throw new IllegalArgumentException("userRef is required");
        }
        text = text == null ? "" : text;
    }

    public static InboundMessage text(Channel channel, String userRef, String text) {
        return new InboundMessage(channel, userRef, MessageKind.TEXT, text, null, Instant.now());
    }
}
