package id.hotline.web;

import io.javalin.config.JavalinConfig;

/** A feature's routes (web chat, console, Telegram webhook), mounted on the one HTTP server. */
public interface RouteModule {
    void register(JavalinConfig config);
}
