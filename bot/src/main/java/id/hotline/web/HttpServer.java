package id.hotline.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/** The one HTTP server: web chat, API, console, webhook. Errors are JSON; no stack trace reaches a caller. */
public final class HttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    public static final long MAX_REQUEST_BYTES = 64 * 1024;

    private HttpServer() {
    }

    public static Javalin create(List<RouteModule> modules) {
        return Javalin.create(cfg -> {
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
            });
            cfg.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                        + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
            });
            for (RouteModule m : modules) {
                m.register(cfg);
            }
            cfg.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("error", e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unhandled error on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                ctx.status(500).json(Map.of("error", "internal error; the request was not completed"));
            });
            for (int status : new int[] {400, 404, 405, 413, 415}) {
                cfg.routes.error(status, "*", ctx -> {
                    if (ctx.result() == null || ctx.result().isBlank() || !ctx.result().startsWith("{")) {
                        ctx.json(Map.of("error", HttpStatus.forStatus(ctx.statusCode()).getMessage().toLowerCase()));
                    }
                });
            }
        });
    }
}
