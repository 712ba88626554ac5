package id.hotline;

import id.hotline.channel.ChannelEdge;
import id.hotline.channel.RateLimiter;
import id.hotline.channel.ReplySender;
import id.hotline.channel.telegram.CounselorAlerts;
import id.hotline.channel.telegram.TelegramChannel;
import id.hotline.channel.telegram.TelegramOutput;
import id.hotline.channel.web.WebChatRoutes;
import id.hotline.channel.web.WebReplySender;
import id.hotline.config.Config;
import id.hotline.config.ConfigException;
import id.hotline.dialog.BrainHolder;
import id.hotline.dialog.Commands;
import id.hotline.dialog.ConversationEngine;
import id.hotline.dialog.DialogPolicy;
import id.hotline.domain.CaseStatus;
import id.hotline.domain.Channel;
import id.hotline.domain.Lang;
import id.hotline.handoff.CaseEvents;
import id.hotline.handoff.CaseService;
import id.hotline.knowledge.KbLint;
import id.hotline.knowledge.KnowledgeWatcher;
import id.hotline.knowledge.Placeholders;
import id.hotline.metrics.HotlineMetrics;
import id.hotline.metrics.MetricsRoutes;
import id.hotline.nlu.NluPipeline;
import id.hotline.ops.Retention;
import id.hotline.ops.RetentionSchedule;
import id.hotline.ops.ServiceLock;
import id.hotline.store.StoreException;
import id.hotline.store.sqlite.CachedSessionStore;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteCaseStore;
import id.hotline.store.sqlite.SqliteConversationStore;
import id.hotline.store.sqlite.SqliteFeedbackStore;
import id.hotline.store.sqlite.SqliteTelegramInbox;
import id.hotline.store.sqlite.SqliteTelegramOutbox;
import id.hotline.web.HttpServer;
import id.hotline.web.RouteModule;
import id.hotline.web.console.ConsoleModule;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/** The running service, wired by hand: storage, knowledge, NLU, engine, channels, HTTP. */
public final class Hotline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Hotline.class);
    private final Deque<AutoCloseable> toClose;
    private final Javalin http;
    private final BrainHolder brains;
    /** When the daily retention job runs, in the hotline's time zone (a quiet hour: VACUUM pauses writes briefly). */
    private static final LocalTime RETENTION_AT = LocalTime.of(3, 0);
    private final ConversationEngine engine;
    private final HotlineMetrics metrics;
    private final ChannelEdge edge;

    private Hotline(Deque<AutoCloseable> toClose, Javalin http, BrainHolder brains, ConversationEngine engine,
                    HotlineMetrics metrics, ChannelEdge edge) {
        this.toClose = toClose;
        this.http = http;
        this.brains = brains;
        this.engine = engine;
        this.metrics = metrics;
        this.edge = edge;
    }

    public static Hotline start(Config config) {
        return start(config, Clock.systemUTC());
    }

    public static Hotline start(Config config, Clock clock) {
        long t0 = System.nanoTime();
        Deque<AutoCloseable> toClose = new ArrayDeque<>();
        try {
            // the quick checks first: the operator should not wait for the knowledge base to hear of a port in use
            HttpServer.checkCanListen(config.host(), config.port());
            Database db = openDatabase(config.db(), toClose);
            BrainHolder brains = new BrainHolder(config.kb(), NluPipeline::train,
                    kb -> new KbLint(KbLint.MIN_EXAMPLES, LocalDate.ofInstant(clock.instant(), config.zone())).findings(kb));
            toClose.push(new KnowledgeWatcher(config.kb(), java.time.Duration.ofSeconds(1), () -> brains.reload().warnings()));
            var metrics = new HotlineMetrics();
            var conversations = new SqliteConversationStore(db);
            var sessions = new CachedSessionStore(db);
            var caseStore = new SqliteCaseStore(db);
            var events = new CaseEvents();

            Map<Channel, ReplySender> senders = new EnumMap<>(Channel.class);
            senders.put(Channel.WEB, new WebReplySender());
            Function<Lang, Function<String, String>> messages = lang -> key -> brains.get().kb().message(key, lang);
            TelegramOutput telegramOut = null;
            if (config.telegramToken().isPresent()) {
                var outbox = new SqliteTelegramOutbox(db);
                telegramOut = new TelegramOutput(config, outbox, clock, metrics::telegramError);
                metrics.registerOutboxBacklog(outbox::backlog);
                senders.put(Channel.TELEGRAM, telegramOut.replySender());
                if (config.counselorChatId().isPresent()) {
                    events.subscribe(new CounselorAlerts(config.counselorChatId().get(), telegramOut, messages,
                            config.publicUrl(), clock));
                }
            }
            var cases = new CaseService(caseStore, conversations, events, senders, messages, clock);
            var commands = new Commands(conversations, new SqliteFeedbackStore(db));
            var policy = new DialogPolicy(cases, commands, config.minConfidence(), config.minMargin(),
                    config.officeHours()::nextOpening, clock,
                    Placeholders.serviceValues(config.retentionBotOnlyDays(), config.retentionClosedCaseDays()));
            var engine = new ConversationEngine(brains, conversations, sessions, cases, policy, clock);

            toClose.push(RetentionSchedule.daily(new Retention(db, clock, config.retentionClosedCaseDays(),
                    config.retentionBotOnlyDays()), sessions::forget, config.zone(), RETENTION_AT, clock));
            metrics.registerCases("open", () -> caseStore.list(List.of(CaseStatus.OPEN)).size());
            metrics.registerCases("claimed", () -> caseStore.list(List.of(CaseStatus.CLAIMED)).size());
            var edge = new ChannelEdge(new RateLimiter(config.rateLimitPerMinute()), metrics);

            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hotline-scheduler");
                t.setDaemon(true);
                return t;
            });
            toClose.push(scheduler::shutdownNow);
            var console = ConsoleModule.wire(config, db, cases, caseStore, conversations, sessions, events, scheduler, clock)
                    .withKnowledgeReload(brains::reload).withSignLabels(() -> brains.get().kb().signLabels(Lang.ID));

            List<RouteModule> routes = new ArrayList<>();
            routes.add(new WebChatRoutes(engine, conversations, () -> health(brains), edge));
            routes.add(new MetricsRoutes(metrics));
            routes.add(console);
            TelegramChannel telegram = null;
            if (telegramOut != null) {
                telegram = new TelegramChannel(config, telegramOut, new SqliteTelegramInbox(db), engine, edge, conversations, cases,
                        messages, clock);
                telegram.routes().ifPresent(routes::add);
            }
            Javalin http = HttpServer.create(routes);
            HttpServer.start(http, config.host(), config.port());
            toClose.push(http::stop);
            toClose.push(console);
            if (telegram != null) {
                telegram.start();
                toClose.push(telegram);
            }
            LOG.info("hotline started on port {} with {} intents in {} ms", http.port(), brains.get().kb().intents().size(),
                    (System.nanoTime() - t0) / 1_000_000);
            return new Hotline(toClose, http, brains, engine, metrics, edge);
        } catch (RuntimeException e) {
            closeAll(toClose);
            throw e;
        }
    }

    /** Locks and opens HOTLINE_DB; a path that cannot be used is a configuration mistake, reported in one line. */
    private static Database openDatabase(Path file, Deque<AutoCloseable> toClose) {
        try {
            toClose.push(ServiceLock.acquire(file));
            Database db = Database.open(file);
            toClose.push(db);
            return db;
        } catch (StoreException e) {
            throw new ConfigException("HOTLINE_DB " + e.getMessage());
        }
    }

    private static Map<String, Object> health(BrainHolder brains) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "ok");
        h.put("intents", brains.get().kb().intents().size());
        return h;
    }

    public int port() {
        return http.port();
    }

    public ConversationEngine engine() {
        return engine;
    }

    public BrainHolder brains() {
        return brains;
    }

    /** Metrics, for adapters that report more (Telegram errors, outbox backlog gauge). */
    public HotlineMetrics metrics() {
        return metrics;
    }

    /** Rate limit and measurement around the engine, shared by every channel adapter. */
    public ChannelEdge edge() {
        return edge;
    }

    @Override
    public void close() {
        closeAll(toClose);
    }

    private static void closeAll(Deque<AutoCloseable> toClose) {
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                LOG.warn("error while stopping: {}", e.toString());
            }
        }
    }
}
