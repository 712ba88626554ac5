package id.hotline.channel.telegram;

import id.hotline.domain.Reply;
import id.hotline.domain.Suggestion;
import id.hotline.store.TelegramOutbox.Button;
import id.hotline.store.TelegramOutbox.Item;

import java.util.ArrayList;
import java.util.List;

/** A reply as outbox items: split at sentence boundaries to fit Telegram, buttons under the last part. */
final class ReplyItems {
    private final CallbackData callbacks;

    ReplyItems(CallbackData callbacks) {
        this.callbacks = callbacks;
    }

    List<Item> of(String chatId, Reply reply) {
        List<String> parts = TelegramText.split(reply.text(), TelegramText.MAX_MESSAGE);
        List<Button> buttons = new ArrayList<>();
        for (Suggestion s : reply.suggestions()) {
            buttons.add(new Button(callbacks.encode(s.payload()), s.label()));
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            items.add(Item.send(chatId, parts.get(i), last ? buttons : List.of(), reply.sensitive()));
        }
        return items;
    }
}
