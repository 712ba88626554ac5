package id.hotline.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What must reach Telegram: messages to send, messages to delete, button presses to answer. A row is keyed by
 * (source, seq), so processing the same update again cannot add a second copy, and is marked sent only after
 * Telegram accepted it.
 */
public interface TelegramOutbox {
    enum Action { SEND, DELETE, ANSWER }

    /** An inline button: the callback data Telegram sends back (at most 64 bytes) and the label shown. */
    record Button(String data, String label) {
    }

    /** Something to do in one chat. target: the message id to delete, or the callback query id to answer. */
    record Item(String chatId, Action action, String text, List<Button> buttons, boolean protect, String target) {
        public Item {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }

        public static Item send(String chatId, String text, List<Button> buttons, boolean protect) {
            return new Item(chatId, Action.SEND, text, buttons, protect, null);
        }

        public static Item delete(String chatId, int messageId) {
            return new Item(chatId, Action.DELETE, null, List.of(), false, Integer.toString(messageId));
        }

        public static Item answer(String chatId, String callbackQueryId) {
            return new Item(chatId, Action.ANSWER, null, List.of(), false, callbackQueryId);
        }
    }

    /** A stored item waiting to be carried out. */
    record Row(long id, String source, int seq, Item item, int attempts, Instant createdAt) {
    }

    /** Adds items under a source key; items whose (source, seq) exist already are ignored. */
    void enqueue(String source, List<Item> items, Instant now);

    /** Enqueues the replies to an update and marks the update processed, in one transaction. */
    void complete(long updateId, List<Item> items, Instant now);

    /** Pending rows due now, at most one per chat (the oldest: a chat's messages leave in order). */
    List<Row> due(Instant now, int limit);

    /** Whether the row is still waiting (not sent, failed or cancelled since it was read). */
    boolean isPending(long id);

    /** How many rows are still waiting to be carried out (the backlog, for monitoring). */
    long backlog();

    /** When the next pending row becomes due, if any is pending. */
    Optional<Instant> nextDue();

    /**
     * Telegram accepted it: the text is dropped, Telegram's message id kept for a later delete.
     *
     * @return false when the row had been cancelled meanwhile (a quick exit while it was on its way)
     */
    boolean sent(long id, Integer telegramMessageId, Instant now);

    void retryAt(long id, Instant at);

    void failed(long id, Instant now);

    /** Ids of the bot's messages in this chat sent since the instant and not yet deleted. */
    List<Integer> sentMessageIds(String chatId, Instant since);

    /** Cancels what is still waiting to be sent to this chat; returns how many rows. */
    int cancelPending(String chatId);

    /** Drops every stored text for this chat (after the person deleted their data). */
    void forgetTexts(String chatId);

    void rememberPayload(String key, String payload);

    Optional<String> payload(String key);

    /** Deletes finished rows (and processed updates) older than the instant. */
    int purgeBefore(Instant before);
}
