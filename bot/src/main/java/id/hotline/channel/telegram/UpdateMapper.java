package id.hotline.channel.telegram;

import id.hotline.domain.Channel;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.MessageKind;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.location.Location;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a Telegram update into the message the engine sees. Pure: empty for everything we do not handle
 * (other update kinds, bots, channels, group messages not addressed to the bot, the counselor group).
 */
public final class UpdateMapper {
    private final BotIdentity bot;
    private final Optional<String> counselorChatId;

    public UpdateMapper(BotIdentity bot, Optional<String> counselorChatId) {
        this.bot = bot;
        this.counselorChatId = counselorChatId;
    }

    public Optional<TelegramInbound> map(Update update, Instant receivedAt) {
        if (update == null || update.getUpdateId() == null) {
            return Optional.empty();
        }
        if (update.hasCallbackQuery()) {
            return button(update.getUpdateId(), update.getCallbackQuery(), receivedAt);
        }
        if (update.hasMessage()) {
            return message(update.getUpdateId(), update.getMessage(), false, receivedAt);
        }
        if (update.hasEditedMessage()) {
            return message(update.getUpdateId(), update.getEditedMessage(), true, receivedAt);
        }
        return Optional.empty();
    }

    private Optional<TelegramInbound> button(long updateId, CallbackQuery q, Instant at) {
        if (q.getMessage() == null || q.getData() == null || q.getMessage().getChat() == null) {
            return Optional.empty();
        }
        String chatId = String.valueOf(q.getMessage().getChatId());
        if (isCounselorChat(chatId)) {
            return Optional.empty();
        }
        boolean privateChat = "private".equals(q.getMessage().getChat().getType());
        var in = new InboundMessage(Channel.TELEGRAM, chatId, MessageKind.BUTTON, q.getData(), Long.toString(updateId), at);
        return Optional.of(new TelegramInbound(updateId, in, null, privateChat, q.getId()));
    }

    private Optional<TelegramInbound> message(long updateId, Message m, boolean edited, Instant at) {
        if (m.getChat() == null || m.getFrom() == null || Boolean.TRUE.equals(m.getFrom().getIsBot())) {
            return Optional.empty();
        }
        String chatId = String.valueOf(m.getChatId());
        String type = m.getChat().getType();
        boolean privateChat = "private".equals(type);
        boolean group = "group".equals(type) || "supergroup".equals(type);
        if (isCounselorChat(chatId) || (!privateChat && !group) || (group && !addressed(m))) {
            return Optional.empty();
        }
        if (edited && !m.hasText()) {
            return Optional.empty();
        }
        Optional<Content> content = content(m, edited);
        return content.map(c -> new TelegramInbound(updateId, new InboundMessage(Channel.TELEGRAM, chatId, c.kind(),
                group ? withoutMention(c.text()) : c.text(), Long.toString(updateId), at), m.getMessageId(), privateChat, null));
    }

    private record Content(MessageKind kind, String text) {
    }

    private static Optional<Content> content(Message m, boolean edited) {
        String caption = m.getCaption() == null ? "" : m.getCaption();
        if (m.hasText()) {
            MessageKind kind = edited ? MessageKind.EDITED_TEXT : m.getText().startsWith("/") ? MessageKind.COMMAND : MessageKind.TEXT;
            return Optional.of(new Content(kind, m.getText()));
        }
        if (m.hasPhoto()) {
            return Optional.of(new Content(MessageKind.PHOTO, caption));
        }
        if (m.hasAnimation() || m.hasVideo() || m.hasVideoNote()) {
            return Optional.of(new Content(MessageKind.VIDEO, caption));
        }
        if (m.hasDocument()) {
            return Optional.of(new Content(MessageKind.DOCUMENT, caption));
        }
        if (m.hasVoice()) {
            return Optional.of(new Content(MessageKind.VOICE, caption));
        }
        if (m.hasAudio()) {
            return Optional.of(new Content(MessageKind.AUDIO, caption));
        }
        if (m.hasSticker()) {
            return Optional.of(new Content(MessageKind.STICKER, ""));
        }
        if (m.hasLocation() || m.getVenue() != null) {
            Location l = m.hasLocation() ? m.getLocation() : m.getVenue().getLocation();
            return Optional.of(new Content(MessageKind.LOCATION, String.format(Locale.ROOT, "%.6f,%.6f", l.getLatitude(),
                    l.getLongitude())));
        }
        if (m.hasContact()) {
            return Optional.of(new Content(MessageKind.CONTACT, ""));
        }
        if (m.hasDice() || m.hasPoll() || m.hasGame()) {
            return Optional.of(new Content(MessageKind.OTHER, ""));
        }
        return Optional.empty();
    }

    /** In a group: a reply to the bot, an @mention of it, or a command ending in @botname. */
    private boolean addressed(Message m) {
        if (m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
                && m.getReplyToMessage().getFrom().getId() != null && m.getReplyToMessage().getFrom().getId() == bot.id()) {
            return true;
        }
        String text = m.hasText() ? m.getText() : m.getCaption();
        List<MessageEntity> entities = new ArrayList<>();
        if (m.getEntities() != null) {
            entities.addAll(m.getEntities());
        }
        if (m.getCaptionEntities() != null) {
            entities.addAll(m.getCaptionEntities());
        }
        for (MessageEntity e : entities) {
            String part = slice(text, e);
            if (("mention".equals(e.getType()) && bot.isMention(part)) || ("bot_command".equals(e.getType()) && bot.isOwnCommand(part))) {
                return true;
            }
        }
        return false;
    }

    private static String slice(String text, MessageEntity e) {
        if (text == null || e.getOffset() == null || e.getLength() == null) {
            return "";
        }
        int from = Math.max(0, e.getOffset());
        int to = Math.min(text.length(), from + e.getLength());
        return from < to ? text.substring(from, to) : "";
    }

    private String withoutMention(String text) {
        if (bot.username().isEmpty()) {
            return text;
        }
        return text.replaceAll("(?i)@" + Pattern.quote(bot.username()) + "\\b", "").strip();
    }

    private boolean isCounselorChat(String chatId) {
        return counselorChatId.map(chatId::equals).orElse(false);
    }
}
