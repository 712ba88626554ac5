package id.hotline.web.console;

import id.hotline.console.ConsoleSession;
import id.hotline.console.SessionService;
import id.hotline.web.ApiError;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Optional;
import java.util.Set;

/**
 * Console authentication at the edge: the session cookie, 401 for API calls without a session, and the CSRF
 * token on every state-changing request.
 */
final class ConsoleAuth {
    static final String COOKIE = "hotline_console";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String LOGIN_PATH = "/api/console/login";
    private static final String ATTRIBUTE = "console.session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private final SessionService sessions;

    ConsoleAuth(SessionService sessions) {
        this.sessions = sessions;
    }

    Optional<ConsoleSession> current(Context ctx) {
        return sessions.resume(ctx.cookie(COOKIE));
    }

    /** Runs before every /api/console request except login. */
    void guardApi(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (ctx.path().equals(LOGIN_PATH)) {
            return;
        }
        ConsoleSession s = current(ctx).orElseThrow(() -> new ApiError(401, "silakan masuk (login) dulu"));
        if (!SAFE.contains(ctx.method()) && !SessionService.csrfMatches(s, ctx.header(CSRF_HEADER))) {
            throw new ApiError(403, "token CSRF tidak ada atau salah; muat ulang halaman");
        }
        ctx.attribute(ATTRIBUTE, s);
    }

    static ConsoleSession session(Context ctx) {
        ConsoleSession s = ctx.attribute(ATTRIBUTE);
        if (s == null) {
            throw new ApiError(401, "silakan masuk (login) dulu");
        }
        return s;
    }

    static void setCookie(Context ctx, String token) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + "; Max-Age=" + SessionService.ABSOLUTE.toSeconds() + (https(ctx) ? "; Secure" : ""));
    }

    static void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
                + (https(ctx) ? "; Secure" : ""));
    }

    static boolean https(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
