package id.hotline.channel.telegram;

import id.hotline.config.Config;
import id.hotline.channel.ChannelEdge;
import id.hotline.dialog.ConversationEngine;
import id.hotline.domain.Lang;
import id.hotline.handoff.CaseService;
import id.hotline.store.ConversationStore;
import id.hotline.store.TelegramInbox;
import id.hotline.web.RouteModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Telegram channel: receives updates (long polling or our own webhook route), processes them through the engine
 * once, and answers through the outbox. Connecting (getMe, setMyCommands, setWebhook or polling) runs in the
 * background with retries, so the rest of the service starts even when Telegram cannot be reached.
 */
public final class TelegramChannel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
    /** The commands shown in Telegram's menu, with the messages.yaml key of their description. */
    private static final List<String> COMMANDS = List.of("start", "menu", "bantuan", "konselor", "bahasa", "hapus", "privasi",
            "status");

    private final Config config;
    private final TelegramOutput output;
    private final InboxProcessor processor;
    private final UpdateReceiver receiver;
    private final PollingReceiver polling;
    private final Function<Lang, Function<String, String>> messages;
    private volatile boolean running;
    private Thread connector;

    public TelegramChannel(Config config, TelegramOutput output, TelegramInbox inbox, ConversationEngine engine,
                           ChannelEdge edge, ConversationStore conversations, CaseService cases,
                           Function<Lang, Function<String, String>> messages, Clock clock) {
        this.config = config;
        this.output = output;
        this.messages = messages;
        this.processor = new InboxProcessor(inbox, output, engine, edge, conversations, cases, clock);
        this.receiver = new UpdateReceiver(inbox, processor::wake, clock);
        this.polling = config.telegramMode() == Config.TelegramMode.POLLING ? new PollingReceiver(receiver, inbox) : null;
    }

    /** The webhook route, in webhook mode. */
    public Optional<RouteModule> routes() {
        if (config.telegramMode() != Config.TelegramMode.WEBHOOK) {
            return Optional.empty();
        }
        return Optional.of(new WebhookRoutes(config.telegramWebhookSecret().orElseThrow(), receiver));
    }

    public void start() {
        running = true;
        output.start();
        processor.start();
        connector = Threads.daemon("telegram-connect").newThread(this::connect);
        connector.start();
    }

    private void connect() {
        long backoffMs = 1000;
        while (running) {
            try {
                BotIdentity me = output.api().getMe();
                receiver.ready(new UpdateMapper(me, config.counselorChatId()));
                output.api().setCommands(commands(Lang.ID), null);
                output.api().setCommands(commands(Lang.EN), "en");
                if (polling != null) {
                    polling.start(config.telegramToken().orElseThrow(), TelegramOutput.telegramUrl(config.telegramApiUrl()));
                } else {
                    output.api().setWebhook(config.telegramWebhookUrl().orElseThrow().toString(),
                            config.telegramWebhookSecret().orElseThrow());
                }
                LOG.info("telegram connected as bot {} ({} mode)", me.id(), config.telegramMode().name().toLowerCase());
                return;
            } catch (Exception e) {
                LOG.warn("telegram: cannot connect yet ({}), retrying in {} ms", e.toString(), backoffMs);
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException ie) {
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, 60_000);
            }
        }
    }

    private List<BotCommand> commands(Lang lang) {
        Function<String, String> msg = messages.apply(lang);
        List<BotCommand> out = new ArrayList<>();
        for (String c : COMMANDS) {
            out.add(new BotCommand(c, msg.apply("cmd_" + c)));
        }
        return out;
    }

    @Override
    public void close() {
        running = false;
        if (connector != null) {
            connector.interrupt();
        }
        if (polling != null) {
            polling.close();
        }
        processor.close();
        output.close();
    }
}
