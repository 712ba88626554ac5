package id.hotline.channel.telegram;

import id.hotline.store.TelegramInbox;
import id.hotline.store.TelegramOutbox;
import id.hotline.store.TelegramOutbox.Item;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * For a phone someone else may look at: removes the conversation from the Telegram app. Bots may delete their own
 * messages and, in private chats, the person's messages, for 48 hours after sending.
 */
final class ChatEraser {
    static final Duration DELETABLE = Duration.ofHours(48).minusMinutes(10);
    private final TelegramInbox inbox;
    private final TelegramOutbox outbox;

    ChatEraser(TelegramInbox inbox, TelegramOutbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    /** Cancels what was still to be sent and returns deletions of every message Telegram still lets us delete. */
    List<Item> erase(String chatId, Instant now) {
        outbox.cancelPending(chatId);
        Instant since = now.minus(DELETABLE);
        List<Item> deletions = new ArrayList<>();
        for (int id : outbox.sentMessageIds(chatId, since)) {
            deletions.add(Item.delete(chatId, id));
        }
        for (int id : inbox.messageIds(chatId, since)) {
            deletions.add(Item.delete(chatId, id));
        }
        return deletions;
    }
}
