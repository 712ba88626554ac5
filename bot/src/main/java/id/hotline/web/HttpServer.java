package id.hotline.web;

import id.hotline.config.ConfigException;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
            // a path that exists under another method is a 405 with an Allow header, not a 404
            cfg.http.prefer405over404 = true;
            cfg.startup.showJavalinBanner = false;
            // requests Jetty refuses before Javalin sees them (a NUL in the path): JSON too, not Jetty's HTML page
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
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
            // Javalin's own 404 and 405 bodies follow the Accept header (its JSON has no "error"): ours never does
            cfg.routes.exception(NotFoundResponse.class, (e, ctx) -> ctx.status(404).json(Map.of("error", "not found")));
            cfg.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> ctx.status(405)
                    .header("Allow", String.join(", ", e.getDetails().values())) // the path's methods, found by Javalin
                    .json(Map.of("error", "method not allowed")));
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

    /**
     * Listens on host:port (HOTLINE_HOST, HOTLINE_PORT); the log's "Listening on" line shows that address. A port in
     * use or an address this machine does not have ends the start with one line naming the variable to fix.
     */
    public static void start(Javalin http, String host, int port) {
        try {
            http.start(inUrl(host), port); // Jetty takes [::1] as well as ::1, and Javalin logs the URL with it
        } catch (JavalinBindException e) {
            throw cannotListen(host, port, e);
        }
    }

    /** The address as a URL writes it: an IPv6 address in brackets ([::1]), an IPv4 address as it is. */
    static String inUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * Fails at once, before the slow knowledge-base load, when host:port cannot be listened on: binds a socket there
     * and closes it again. Port 0 (any free port) always can.
     */
    public static void checkCanListen(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty does, so the probe fails exactly when Jetty would
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw cannotListen(host, port, e);
        }
    }

    private static ConfigException cannotListen(String host, int port, Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = String.valueOf(root.getMessage());
        if (reason.contains("already in use")) {
            return new ConfigException("HOTLINE_PORT " + port + " is already in use" + (host.equals("0.0.0.0") ? "" : " on " + host)
                    + "; stop the other program or choose another port");
        }
        if (reason.contains("assign requested address")) {
            return new ConfigException("HOTLINE_HOST " + host + " is not an address of this machine; use 0.0.0.0 (every "
                    + "interface) or 127.0.0.1 (this machine only), or another IP address this machine has");
        }
        if (reason.contains("Permission denied") || reason.contains("elevated privileges")) {
            return new ConfigException("HOTLINE_PORT " + port + " needs root (ports below 1024); use 1024 or higher, behind nginx");
        }
        return new ConfigException("cannot listen on HOTLINE_HOST " + host + " HOTLINE_PORT " + port + ": " + reason);
    }
}
