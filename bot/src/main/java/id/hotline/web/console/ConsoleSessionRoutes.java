package id.hotline.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.console.Agency;
import id.hotline.console.ConsoleSession;
import id.hotline.console.LoginService;
import id.hotline.console.Outcome;
import id.hotline.console.SessionService;
import id.hotline.store.AuditStore;
import id.hotline.web.ApiError;
import id.hotline.web.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Login, logout, who am I (with the CSRF token), and the live event stream. */
final class ConsoleSessionRoutes {
    private final LoginService logins;
    private final SessionService sessions;
    private final ConsoleStream stream;
    private final AuditStore audit;
    private final Clock clock;

    ConsoleSessionRoutes(LoginService logins, SessionService sessions, ConsoleStream stream, AuditStore audit, Clock clock) {
        this.logins = logins;
        this.sessions = sessions;
        this.stream = stream;
        this.audit = audit;
        this.clock = clock;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.post(ConsoleAuth.LOGIN_PATH, this::login);
        cfg.routes.post("/api/console/logout", this::logout);
        cfg.routes.get("/api/console/me", ctx -> ctx.json(me(ConsoleAuth.session(ctx))));
        cfg.routes.sse("/api/console/events", client -> stream.add(client, ConsoleAuth.session(client.ctx())));
    }

    /**
     * Login needs no CSRF token (there is no session yet), but it must be a JSON request: a cross-site HTML form
     * cannot send one, so another site cannot log a browser into an account of its choosing.
     */
    private void login(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "kirim sebagai JSON (Content-Type: application/json)");
        }
        JsonNode body = Json.object(ctx);
        String username = Json.text(body, "username").strip();
        String password = Json.text(body, "password");
        LoginService.Result result = logins.login(username, password, ctx.ip());
        if (result instanceof LoginService.Result.Success ok) {
            SessionService.Issued issued = sessions.start(ok.account());
            ConsoleAuth.setCookie(ctx, issued.token());
            ctx.json(me(issued.session()));
        } else if (result instanceof LoginService.Result.Locked) {
            throw new ApiError(429, "terlalu banyak percobaan gagal; coba lagi dalam "
                    + LoginService.LOCKOUT.toMinutes() + " menit");
        } else {
            throw new ApiError(401, "nama pengguna atau kata sandi salah");
        }
    }

    private void logout(Context ctx) {
        ConsoleSession s = ConsoleAuth.session(ctx);
        sessions.end(ctx.cookie(ConsoleAuth.COOKIE));
        audit.record(clock.instant(), s.username(), "logout", null, null, null);
        ConsoleAuth.clearCookie(ctx);
        ctx.json(Map.of("ok", true));
    }

    private static Map<String, Object> me(ConsoleSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.username());
        m.put("role", s.role().wire());
        m.put("csrf", s.csrfToken());
        m.put("services", Arrays.stream(Agency.values()).map(a -> Map.of("id", a.wire(), "label", a.label())).toList());
        m.put("outcomes", Arrays.stream(Outcome.values()).map(o -> Map.of("id", o.wire(), "label", o.label())).toList());
        return m;
    }
}
