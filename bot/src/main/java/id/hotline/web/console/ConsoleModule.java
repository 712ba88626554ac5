package id.hotline.web.console;

import id.hotline.config.Config;
import id.hotline.console.AccountService;
import id.hotline.console.AdminDesk;
import id.hotline.console.CaseDesk;
import id.hotline.console.DeletionAudit;
import id.hotline.console.DeskException;
import id.hotline.console.IpLoginThrottle;
import id.hotline.console.LoginService;
import id.hotline.console.PasswordHasher;
import id.hotline.console.SessionService;
import id.hotline.dialog.BrainHolder;
import id.hotline.handoff.CaseEvents;
import id.hotline.handoff.CaseService;
import id.hotline.handoff.EmergencyRealerter;
import id.hotline.reports.Reports;
import id.hotline.store.CaseStore;
import id.hotline.store.ConversationStore;
import id.hotline.store.SessionStore;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteAccountStore;
import id.hotline.store.sqlite.SqliteAuditStore;
import id.hotline.store.sqlite.SqliteCannedReplyStore;
import id.hotline.store.sqlite.SqliteCaseRecordStore;
import id.hotline.store.sqlite.SqliteConsoleSessionStore;
import id.hotline.store.sqlite.SqliteReportStore;
import id.hotline.web.RouteModule;
import io.javalin.config.JavalinConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import id.hotline.knowledge.KnowledgeBaseException;
import id.hotline.web.ApiError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The counselor console: pages at /console, JSON at /api/console/..., live events, emergency re-alerts. */
public final class ConsoleModule implements RouteModule, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleModule.class);
    private static final Duration PING = Duration.ofSeconds(15);
    private final ConsoleAuth auth;
    private final ConsolePages pages;
    private final ConsoleSessionRoutes sessionRoutes;
    private final ConsoleCaseRoutes caseRoutes;
    private final ConsoleAdminRoutes adminRoutes;
    private final ConsoleReportRoutes reportRoutes;
    private final ConsoleStream stream;

    private ConsoleModule(ConsoleAuth auth, ConsoleSessionRoutes sessionRoutes, ConsoleCaseRoutes caseRoutes,
                          ConsoleAdminRoutes adminRoutes, ConsoleReportRoutes reportRoutes, ConsoleStream stream) {
        this.auth = auth;
        this.pages = new ConsolePages(auth);
        this.sessionRoutes = sessionRoutes;
        this.caseRoutes = caseRoutes;
        this.adminRoutes = adminRoutes;
        this.reportRoutes = reportRoutes;
        this.stream = stream;
    }

    /**
     * Builds the console over the shared stores, creates the configured first admin, subscribes the live stream to case
     * events and to ended sessions (their streams close at once) and the emergency re-alerter to case events, and schedules re-alerts, stream pings and session clean-up on scheduler
     * (one thread: live events leave in order).
     */
    public static ConsoleModule wire(Config config, Database db, CaseService cases, CaseStore caseStore,
                                     ConversationStore conversations, SessionStore dialogSessions, CaseEvents events,
                                     ScheduledExecutorService scheduler, Clock clock) {
        var audit = new SqliteAuditStore(db);
        var accountStore = new SqliteAccountStore(db);
        var sessions = new SessionService(new SqliteConsoleSessionStore(db), clock);
        var hasher = new PasswordHasher(PasswordHasher.DEFAULT_COST);
        var logins = new LoginService(accountStore, hasher, new IpLoginThrottle(LoginService.MAX_FAILURES, LoginService.LOCKOUT,
                clock), audit, clock);
        var accounts = new AccountService(accountStore, hasher, sessions, audit, clock);
        if (config.adminUser().isPresent() && accounts.ensureAdmin(config.adminUser().get(), config.adminPassword().orElseThrow())) {
            LOG.info("console: first admin account created from HOTLINE_ADMIN_USER");
        }
        var stream = new ConsoleStream(scheduler, sessions::active, clock);
        events.subscribe(stream);
        events.subscribe(new DeletionAudit(audit, clock));
        sessions.subscribe(stream);
        var desk = new CaseDesk(cases, caseStore, conversations, new SqliteCaseRecordStore(db), audit, clock);
        var admin = new AdminDesk(new SqliteCannedReplyStore(db), audit, conversations, id -> {
            dialogSessions.forget(id);
            cases.conversationDeleted(id, false);
        }, clock);
        var realerter = new EmergencyRealerter(caseStore, events, config.emergencyRealert(), clock);
        events.subscribe(realerter);
        every(scheduler, realerter.period(), "emergency re-alert", realerter::check);
        every(scheduler, PING, "console stream ping", stream::ping);
        every(scheduler, Duration.ofHours(1), "console session clean-up", sessions::purgeExpired);
        var auth = new ConsoleAuth(sessions);
        return new ConsoleModule(auth, new ConsoleSessionRoutes(logins, sessions, stream, audit, clock),
                new ConsoleCaseRoutes(desk, admin, clock), new ConsoleAdminRoutes(accounts, admin, clock),
                new ConsoleReportRoutes(new Reports(new SqliteReportStore(db), config.zone(), clock)), stream);
    }

    private static void every(ScheduledExecutorService scheduler, Duration period, String what, Runnable task) {
        scheduler.scheduleAtFixedRate(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // A failed run must not cancel the schedule.
                LOG.warn("{} failed: {}", what, e.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.before("/api/console/*", auth::guardApi);
        cfg.routes.before("/api/console", auth::guardApi);
        cfg.routes.before("/api/admin/*", auth::guardApi);
        cfg.routes.get("/api/console/signs", ctx -> ctx.json(Map.of("signs", signLabels.get())));
        if (reload != null) {
            cfg.routes.post("/api/admin/reload", ctx -> {
                if (!ConsoleAuth.session(ctx).admin()) {
                    throw new ApiError(403, "hanya admin yang boleh memuat ulang konten");
                }
                try {
                    BrainHolder.Reloaded r = reload.get();
                    ctx.json(Map.of("status", "reloaded", "intents", r.brain().kb().intents().size(), "warnings", r.warnings()));
                } catch (KnowledgeBaseException e) {
                    List<String> problems = new ArrayList<>(e.problems());
                    problems.addAll(e.warnings());
                    ctx.status(422).json(Map.of("error", "konten baru ditolak, konten lama tetap dipakai: kb-lint menemukan "
                            + problems.size() + " masalah; perbaiki semuanya, daftarnya ada di 'problems'", "problems", problems));
                }
            });
        }
        pages.register(cfg);
        sessionRoutes.register(cfg);
        caseRoutes.register(cfg);
        adminRoutes.register(cfg);
        reportRoutes.register(cfg);
        cfg.routes.exception(DeskException.class, (e, ctx) -> ctx.status(switch (e.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        }).json(Map.of("error", e.getMessage())));
    }

    private Supplier<BrainHolder.Reloaded> reload;
    private Supplier<Map<String, String>> signLabels = Map::of;

    /** What GET /api/console/signs answers: the words counselors read for the sign ids of cases and readings. */
    public ConsoleModule withSignLabels(Supplier<Map<String, String>> labels) {
        this.signLabels = labels;
        return this;
    }

    /**
     * Adds POST /api/admin/reload (admin only): reloads the knowledge base; 200 with the intent count and kb-lint's
     * warnings, or 422 with every problem when the old content stays live.
     */
    public ConsoleModule withKnowledgeReload(Supplier<BrainHolder.Reloaded> reload) {
        this.reload = reload;
        return this;
    }

    /** Ends every live stream, so the HTTP server can stop without waiting for them. */
    @Override
    public void close() {
        stream.close();
    }
}
