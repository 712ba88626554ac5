package id.hotline.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.hotline.channel.ChannelEdge;
import id.hotline.dialog.ConversationEngine;
import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Reply;
import id.hotline.domain.Suggestion;
import id.hotline.handoff.CaseService;
import id.hotline.store.ConversationStore;
import id.hotline.store.TelegramInbox;
import id.hotline.store.TelegramInbox.Entry;
import id.hotline.store.TelegramOutbox;
import id.hotline.store.TelegramOutbox.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Processes stored updates once, in order: the engine answers, and the answer goes into the outbox in the same
 * transaction that marks the update processed. A crash before that commit processes the update again (the engine
 * may then keep the message twice), but only one answer can reach the person.
 */
final class InboxProcessor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxProcessor.class);
    private static final int MAX_ATTEMPTS = 5;

    private final TelegramInbox inbox;
    private final TelegramOutbox outbox;
    private final ConversationEngine engine;
    private final ChannelEdge edge;
    private final ConversationStore conversations;
    private final CaseService cases;
    private final TelegramOutput output;
    private final ChatEraser eraser;
    private final Clock clock;
    private final WakeSignal signal = new WakeSignal();
    /** Chats told this minute that they are over the rate limit: a flood gets one notice, not one per message. */
    private final Cache<String, Boolean> noticed = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000).build();
    private volatile boolean running;
    private Thread worker;

    InboxProcessor(TelegramInbox inbox, TelegramOutput output, ConversationEngine engine, ChannelEdge edge,
                   ConversationStore conversations, CaseService cases, Clock clock) {
        this.inbox = inbox;
        this.outbox = output.outbox();
        this.output = output;
        this.engine = engine;
        this.edge = edge;
        this.conversations = conversations;
        this.cases = cases;
        this.eraser = new ChatEraser(inbox, outbox);
        this.clock = clock;
    }

    void start() {
        running = true;
        worker = Threads.daemon("telegram-inbox").newThread(this::run);
        worker.start();
    }

    void wake() {
        signal.wake();
    }

    private void run() {
        while (running) {
            List<Entry> batch = List.of();
            try {
                batch = inbox.pending(50);
                for (Entry e : batch) {
                    if (!running) {
                        return;
                    }
                    process(e);
                }
            } catch (RuntimeException e) {
                LOG.error("telegram inbox: {}", e.toString());
            }
            if (!signal.await(running && batch.isEmpty() ? 1000 : 0)) {
                return;
            }
        }
    }

    void process(Entry e) {
        try {
            String chat = e.chatId();
            List<Item> items = new ArrayList<>();
            if (e.callbackId() != null) {
                items.add(Item.answer(chat, e.callbackId()));
            }
            InboundMessage in = inbound(e);
            String[] command = command(in.text());
            if (command[0].equals("/keluar")) {
                items.addAll(eraser.erase(chat, clock.instant()));
            }
            // The quick exit is never held back; other messages over the limit get no answer (see overLimit).
            if (!command[0].equals("/keluar") && !edge.allow(Channel.TELEGRAM, chat)) {
                engine.overLimit(in, noticed.asMap().putIfAbsent(chat, Boolean.TRUE) == null)
                        .ifPresent(r -> items.addAll(output.items(chat, r.reply())));
                outbox.complete(e.updateId(), items, clock.instant());
                output.wake();
                return;
            }
            Turn turn = edge.handle(engine, in);
            if (command[0].equals("/hapus") && (command[1].equals("ya") || command[1].equals("yes"))
                    && conversations.find(Channel.TELEGRAM, chat).isEmpty()) {
                items.addAll(eraser.erase(chat, clock.instant()));
                outbox.forgetTexts(chat);
            }
            turn.reply().map(r -> turn.rateable() ? withRating(r, turn.outboundId()) : r)
                    .ifPresent(r -> items.addAll(output.items(chat, r)));
            outbox.complete(e.updateId(), items, clock.instant());
            output.wake();
        } catch (RuntimeException ex) {
            boolean giveUp = e.attempts() + 1 >= MAX_ATTEMPTS;
            LOG.error("telegram update {} could not be processed (attempt {}{}): {}", e.updateId(), e.attempts() + 1,
                    giveUp ? ", giving up" : "", ex.toString());
            inbox.attemptFailed(e.updateId(), giveUp, clock.instant());
        }
    }

    /** A topic answer gets 👍/👎 buttons after its own, so the person can say whether it helped. */
    static Reply withRating(Reply reply, long messageId) {
        List<Suggestion> buttons = new ArrayList<>(reply.suggestions());
        buttons.add(new Suggestion("/nilai " + messageId + " 1", "👍"));
        buttons.add(new Suggestion("/nilai " + messageId + " 0", "👎"));
        return new Reply(reply.text(), buttons, reply.sensitive());
    }

    /** The engine's message: button keys resolved, and a location kept only when a case is open. */
    private InboundMessage inbound(Entry e) {
        String text = e.text();
        if (e.kind() == MessageKind.BUTTON) {
            text = output.decodeButton(text);
        }
        if (e.kind() == MessageKind.LOCATION && !caseOpen(e.chatId())) {
            text = "";
        }
        return new InboundMessage(Channel.TELEGRAM, e.chatId(), e.kind(), text, Long.toString(e.updateId()), e.receivedAt());
    }

    private boolean caseOpen(String chatId) {
        return conversations.find(Channel.TELEGRAM, chatId).flatMap(c -> cases.live(c.id())).isPresent();
    }

    private static String[] command(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.startsWith("/")) {
            return new String[] {"", ""};
        }
        String[] parts = t.split("\\s+", 2);
        return new String[] {parts[0].replaceFirst("@.*$", ""), parts.length > 1 ? parts[1].strip() : ""};
    }

    @Override
    public void close() {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
