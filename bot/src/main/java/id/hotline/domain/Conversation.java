package id.hotline.domain;

import java.time.Instant;

/** One person (or chat) on one channel. */
public record Conversation(long id, Channel channel, String userRef, Lang lang, Instant createdAt) {
}
