package id.hotline.store;

import id.hotline.domain.MessageKind;

import java.time.Instant;
import java.util.List;

/**
 * Telegram updates as received: stored (deduplicated on the update id) before Telegram is told they arrived,
 * then processed once. The text is held only until the update is processed.
 */
public interface TelegramInbox {
    /**
     * One received update we handle.
     *
     * @param chatId      Telegram chat id (the conversation's user reference)
     * @param messageId   the person's Telegram message id, or null (button presses)
     * @param callbackId  the callback query to answer, or null
     */
    record Entry(long updateId, String chatId, Integer messageId, boolean privateChat, MessageKind kind, String text,
                 String callbackId, Instant receivedAt, int attempts) {
        public Entry {
            text = text == null ? "" : text;
        }
    }

    /**
     * Stores entries and the ids of skipped updates in one transaction; ids already known are ignored.
     * Durable when this returns.
     *
     * @return how many entries were new (to be processed)
     */
    int receive(List<Entry> entries, List<Long> skipped, Instant now);

    /** The highest update id ever stored, or 0: long polling asks for updates after it. */
    long highWater();

    /** Entries not processed yet, oldest first. */
    List<Entry> pending(int limit);

    /** Records a failed processing attempt; after giving up the entry is no longer pending. */
    void attemptFailed(long updateId, boolean giveUp, Instant now);

    /** Telegram ids of the person's messages in this chat received since the instant (to delete on quick exit). */
    List<Integer> messageIds(String chatId, Instant since);
}
