package id.hotline;

import id.hotline.channel.ReplySender;
import id.hotline.channel.web.WebChatRoutes;
import id.hotline.channel.web.WebReplySender;
import id.hotline.config.Config;
import id.hotline.dialog.BrainHolder;
import id.hotline.dialog.Commands;
import id.hotline.dialog.ConversationEngine;
import id.hotline.dialog.DialogPolicy;
import id.hotline.domain.Channel;
import id.hotline.domain.Lang;
import id.hotline.handoff.CaseEvents;
import id.hotline.handoff.CaseService;
import id.hotline.knowledge.KnowledgeWatcher;
import id.hotline.nlu.NluPipeline;
import id.hotline.store.sqlite.CachedSessionStore;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteCaseStore;
import id.hotline.store.sqlite.SqliteConversationStore;
import id.hotline.web.HttpServer;
import id.hotline.web.RouteModule;
import id.hotline.web.console.ConsoleModule;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
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
    private final ConversationEngine engine;

    private Hotline(Deque<AutoCloseable> toClose, Javalin http, BrainHolder brains, ConversationEngine engine) {
        this.toClose = toClose;
        this.http = http;
        this.brains = brains;
        this.engine = engine;
    }

    public static Hotline start(Config config) {
        return start(config, Clock.systemUTC());
    }

    public static Hotline start(Config config, Clock clock) {
        long t0 = System.nanoTime();
        Deque<AutoCloseable> toClose = new ArrayDeque<>();
        try {
            BrainHolder brains = new BrainHolder(config.kb(), NluPipeline::train);
            toClose.push(new KnowledgeWatcher(config.kb(), java.time.Duration.ofSeconds(1), brains::reload));
            Database db = Database.open(config.db());
            toClose.push(db);
            var conversations = new SqliteConversationStore(db);
            var sessions = new CachedSessionStore(db);
            var caseStore = new SqliteCaseStore(db);
            var events = new CaseEvents();

            Map<Channel, ReplySender> senders = new EnumMap<>(Channel.class);
            senders.put(Channel.WEB, new WebReplySender());
            Function<Lang, Function<String, String>> messages = lang -> key -> brains.get().kb().message(key, lang);
            var cases = new CaseService(caseStore, conversations, events, senders, messages, clock);
            var policy = new DialogPolicy(cases, new Commands(conversations), config.minConfidence(), config.minMargin(),
                    config.officeHours()::isOpen, clock);
            var engine = new ConversationEngine(brains, conversations, sessions, cases, policy, clock);

            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hotline-scheduler");
                t.setDaemon(true);
                return t;
            });
            toClose.push(scheduler::shutdownNow);
            var console = ConsoleModule.wire(config, db, cases, caseStore, conversations, sessions, events, scheduler, clock);

            List<RouteModule> routes = new ArrayList<>();
            routes.add(new WebChatRoutes(engine, conversations, () -> health(brains)));
            routes.add(console);
            Javalin http = HttpServer.create(routes);
            http.start(config.port());
            toClose.push(http::stop);
            toClose.push(console);
            LOG.info("hotline started on port {} with {} intents in {} ms", http.port(), brains.get().kb().intents().size(),
                    (System.nanoTime() - t0) / 1_000_000);
            return new Hotline(toClose, http, brains, engine);
        } catch (RuntimeException e) {
            closeAll(toClose);
            throw e;
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
