package id.hotline.web.console;

import id.hotline.web.ApiError;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The console's HTML, JS and CSS from the classpath. The console page itself redirects to login without a session. */
final class ConsolePages {
    private static final Map<String, String> ASSETS = Map.of(
            "dom.js", "text/javascript; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "login.js", "text/javascript; charset=utf-8",
            "reports.js", "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8");
    private final ConsoleAuth auth;
    private final byte[] app;
    private final byte[] login;

    ConsolePages(ConsoleAuth auth) {
        this.auth = auth;
        this.app = read("app.html");
        this.login = read("login.html");
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/console", this::app);
        cfg.routes.get("/console/login", this::login);
        cfg.routes.get("/console/assets/{name}", this::asset);
    }

    private void app(Context ctx) {
        if (auth.current(ctx).isEmpty()) {
            ctx.redirect("/console/login");
            return;
        }
        html(ctx, app);
    }

    private void login(Context ctx) {
        if (auth.current(ctx).isPresent()) {
            ctx.redirect("/console");
            return;
        }
        html(ctx, login);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new ApiError(404, "not found");
        }
        ctx.contentType(type).header("Cache-Control", "no-cache").result(read(name));
    }

    private static void html(Context ctx, byte[] page) {
        ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(page);
    }

    private static byte[] read(String name) {
        try (InputStream in = ConsolePages.class.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("console resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
