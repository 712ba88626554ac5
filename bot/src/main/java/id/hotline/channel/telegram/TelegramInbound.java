package id.hotline.channel.telegram;

import id.hotline.domain.InboundMessage;

/**
 * An update we handle: the message as every channel hands it to the engine, plus what only Telegram needs.
 *
 * @param messageId   the person's Telegram message id (deleted again on quick exit), or null
 * @param callbackId  the callback query to answer (button presses), or null
 */
public record TelegramInbound(long updateId, InboundMessage message, Integer messageId, boolean privateChat,
                              String callbackId) {
    public String chatId() {
        return message.userRef();
    }
}
