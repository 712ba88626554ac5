package id.hotline.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.console.AccountService;
import id.hotline.console.AdminDesk;
import id.hotline.console.DeskException;
import id.hotline.console.Role;
import id.hotline.web.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.Map;

/** Admin-only endpoints: accounts, canned replies, the audit log, deleting a conversation. Counselors get 403. */
final class ConsoleAdminRoutes {
    private static final int MAX_AUDIT_ENTRIES = 500;
    private final AccountService accounts;
    private final AdminDesk admin;
    private final Clock clock;

    ConsoleAdminRoutes(AccountService accounts, AdminDesk admin, Clock clock) {
        this.accounts = accounts;
        this.admin = admin;
        this.clock = clock;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/api/console/accounts", ctx -> ctx.json(Map.of("accounts", accounts.all(ConsoleAuth.session(ctx)).stream()
                .map(a -> Views.account(a, clock.instant())).toList())));
        cfg.routes.post("/api/console/accounts", this::createAccount);
        cfg.routes.post("/api/console/accounts/{id}/disable", ctx -> ctx.json(Views.account(
                accounts.setActive(ConsoleAuth.session(ctx), ConsoleCaseRoutes.id(ctx), false), clock.instant())));
        cfg.routes.post("/api/console/accounts/{id}/enable", ctx -> ctx.json(Views.account(
                accounts.setActive(ConsoleAuth.session(ctx), ConsoleCaseRoutes.id(ctx), true), clock.instant())));
        cfg.routes.post("/api/console/accounts/{id}/password", ctx -> {
            accounts.resetPassword(ConsoleAuth.session(ctx), ConsoleCaseRoutes.id(ctx), Json.text(Json.object(ctx), "password"));
            ctx.json(Map.of("ok", true));
        });
        cfg.routes.post("/api/console/canned", ctx -> {
            JsonNode b = Json.object(ctx);
            ctx.status(201).json(Views.canned(admin.createCanned(ConsoleAuth.session(ctx), Json.text(b, "title"), Json.text(b, "text"))));
        });
        cfg.routes.put("/api/console/canned/{id}", ctx -> {
            JsonNode b = Json.object(ctx);
            ctx.json(Views.canned(admin.updateCanned(ConsoleAuth.session(ctx), ConsoleCaseRoutes.id(ctx), Json.text(b, "title"),
                    Json.text(b, "text"))));
        });
        cfg.routes.delete("/api/console/canned/{id}", ctx -> {
            admin.deleteCanned(ConsoleAuth.session(ctx), ConsoleCaseRoutes.id(ctx));
            ctx.status(204);
        });
        cfg.routes.get("/api/console/audit", this::audit);
        cfg.routes.delete("/api/console/conversations/{id}", ctx -> {
            admin.deleteConversation(ConsoleAuth.session(ctx), ConsoleCaseRoutes.id(ctx));
            ctx.status(204);
        });
    }

    private void createAccount(Context ctx) {
        JsonNode b = Json.object(ctx);
        Role role;
        try {
            role = Role.parse(ConsoleCaseRoutes.optional(b, "role") == null ? "counselor" : Json.text(b, "role"));
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("peran harus admin atau counselor");
        }
        ctx.status(201).json(Views.account(accounts.create(ConsoleAuth.session(ctx), Json.text(b, "username").strip(),
                Json.text(b, "password"), role), clock.instant()));
    }

    private void audit(Context ctx) {
        int limit = (int) wholeNumber(ctx, "limit", 200, MAX_AUDIT_ENTRIES);
        long before = wholeNumber(ctx, "before", 0, Long.MAX_VALUE);
        ctx.json(Map.of("entries", admin.audit(ConsoleAuth.session(ctx), limit, before).stream().map(Views::audit).toList()));
    }

    /** A query parameter from 1 to max, or the default when absent; anything else is a 400 naming the parameter. */
    private static long wholeNumber(Context ctx, String name, long def, long max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw DeskException.invalid("'" + name + "' harus bilangan bulat dari 1" + (max == Long.MAX_VALUE ? "" : " sampai " + max));
    }
}
