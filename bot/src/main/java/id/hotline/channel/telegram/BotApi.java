package id.hotline.channel.telegram;

import id.hotline.store.TelegramOutbox.Button;
import id.hotline.store.TelegramOutbox.Item;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The Bot API calls we make, with every failure sorted into: retry later, retry after N seconds, or give up. */
final class BotApi {
    /** What became of one call. */
    sealed interface Outcome permits Accepted, RetryAfter, Transient, Rejected {
    }

    /** Telegram accepted it; messageId is set for sent messages. */
    record Accepted(Integer messageId) implements Outcome {
    }

    /** 429: Telegram says when to try again. */
    record RetryAfter(Duration delay) implements Outcome {
    }

    /** Network error or 5xx: try again with back-off. kind: http_5xx, timeout, network, unreadable or other. */
    record Transient(String kind) implements Outcome {
    }

    /** Any other 4xx (blocked by the user, chat not found, message too old to delete): trying again will not help. */
    record Rejected(int code, String reason) implements Outcome {
    }

    private final TelegramClient client;

    BotApi(TelegramClient client) {
        this.client = client;
    }

    BotIdentity getMe() throws TelegramApiException {
        User me = client.execute(GetMe.builder().build());
        return new BotIdentity(me.getId(), me.getUserName());
    }

    void setCommands(List<BotCommand> commands, String languageCode) throws TelegramApiException {
        client.execute(SetMyCommands.builder().commands(commands).languageCode(languageCode).build());
    }

    void setWebhook(String url, String secret) throws TelegramApiException {
        client.execute(SetWebhook.builder().url(url).secretToken(secret).build());
    }

    Outcome perform(Item item) {
        try {
            return switch (item.action()) {
                case SEND -> {
                    Message m = client.execute(sendMessage(item));
                    yield new Accepted(m == null ? null : m.getMessageId());
                }
                case DELETE -> {
                    client.execute(DeleteMessage.builder().chatId(item.chatId()).messageId(Integer.parseInt(item.target())).build());
                    yield new Accepted(null);
                }
                case ANSWER -> {
                    client.execute(AnswerCallbackQuery.builder().callbackQueryId(item.target()).build());
                    yield new Accepted(null);
                }
            };
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException | RuntimeException e) {
            return new Transient(networkKind(e));
        }
    }

    /**
     * What went wrong, as a short fixed word for the error counter: http_STATUS, timeout, network, unreadable (no
     * status in the answer) or other;
     * empty when the call was accepted.
     */
    static Optional<String> errorKind(Outcome outcome) {
        if (outcome instanceof Transient t) {
            return Optional.of(t.kind());
        }
        if (outcome instanceof RetryAfter) {
            return Optional.of("http_429");
        }
        if (outcome instanceof Rejected r) {
            return Optional.of("http_" + r.code());
        }
        return Optional.empty();
    }

    private static String networkKind(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return "timeout";
            }
            if (t instanceof IOException) {
                return "network";
            }
        }
        return "other";
    }

    static Outcome classify(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        // The library reports a response it could not read (an HTML error page from a proxy, say) with code 0.
        if (code == null || code == 0) {
            return new Transient("unreadable");
        }
        if (code >= 500) {
            return new Transient("http_" + code);
        }
        if (code == 429) {
            Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new RetryAfter(Duration.ofSeconds(after == null || after < 1 ? 1 : after));
        }
        return new Rejected(code, e.getApiResponse());
    }

    private static final String RATING = "/nilai ";

    static SendMessage sendMessage(Item item) {
        var b = SendMessage.builder().chatId(item.chatId()).text(TelegramText.html(item.text())).parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (item.protect()) {
            b.protectContent(true);
        }
        if (!item.buttons().isEmpty()) {
            b.replyMarkup(new InlineKeyboardMarkup(rows(item.buttons())));
        }
        return b.build();
    }

    /** One button per row, except the 👍/👎 pair ("/nilai ..."), which shares a row. */
    static List<InlineKeyboardRow> rows(List<Button> buttons) {
        List<InlineKeyboardRow> rows = new java.util.ArrayList<>();
        InlineKeyboardRow rating = null;
        for (Button button : buttons) {
            var key = InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build();
            if (button.data().startsWith(RATING)) {
                if (rating == null) {
                    rating = new InlineKeyboardRow();
                    rows.add(rating);
                }
                rating.add(key);
            } else {
                rows.add(new InlineKeyboardRow(key));
            }
        }
        return rows;
    }
}
