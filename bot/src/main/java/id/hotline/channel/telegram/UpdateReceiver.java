package id.hotline.channel.telegram;

import id.hotline.store.TelegramInbox;
import id.hotline.store.TelegramInbox.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where updates arrive, by long polling or webhook: mapped and stored in one transaction (skipped ones by id only,
 * so the polling offset moves past them). When {@link #receive} returns, the updates are durable and may be
 * acknowledged to Telegram.
 */
final class UpdateReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateReceiver.class);
    private final TelegramInbox inbox;
    private final Runnable onNew;
    private final Clock clock;
    private final AtomicReference<UpdateMapper> mapper = new AtomicReference<>();

    UpdateReceiver(TelegramInbox inbox, Runnable onNew, Clock clock) {
        this.inbox = inbox;
        this.onNew = onNew;
        this.clock = clock;
    }

    /** Known after getMe: group messages can only be judged once we know the bot's name. */
    void ready(UpdateMapper m) {
        mapper.set(m);
    }

    boolean isReady() {
        return mapper.get() != null;
    }

    /** Stores the updates; throws when they could not be stored (then they must not be acknowledged). */
    void receive(List<Update> updates) {
        UpdateMapper m = mapper.get();
        if (m == null) {
            throw new IllegalStateException("Telegram channel is not ready yet");
        }
        Instant now = clock.instant();
        List<Entry> entries = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        for (Update u : updates) {
            if (u == null || u.getUpdateId() == null) {
                continue;
            }
            Optional<TelegramInbound> in = m.map(u, now);
            if (in.isPresent()) {
                entries.add(entry(in.get()));
            } else {
                LOG.debug("telegram update {} skipped (not handled or not addressed to the bot)", u.getUpdateId());
                skipped.add((long) u.getUpdateId());
            }
        }
        if (inbox.receive(entries, skipped, now) > 0) {
            onNew.run();
        }
    }

    private static Entry entry(TelegramInbound in) {
        var msg = in.message();
        return new Entry(in.updateId(), in.chatId(), in.messageId(), in.privateChat(), msg.kind(), msg.text(),
                in.callbackId(), msg.receivedAt(), 0);
    }
}
