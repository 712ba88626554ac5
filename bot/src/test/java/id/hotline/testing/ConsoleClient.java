package id.hotline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A console user over HTTP: keeps the session cookie and CSRF token like the console page does. */
public final class ConsoleClient {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie;
    private String csrf;

    public ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> login(String user, String password) {
        HttpResponse<String> r = send("POST", "/api/console/login", Map.of("username", user, "password", password), false);
        if (r.statusCode() == 200) {
            String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
            csrf = json(r).get("csrf").asText();
        }
        return r;
    }

    public String cookie() {
        return cookie;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, false);
    }

    public HttpResponse<String> post(String path, Object body) {
        return send("POST", path, body, true);
    }

    public HttpResponse<String> postWithoutCsrf(String path, Object body) {
        return send("POST", path, body, false);
    }

    public HttpResponse<String> put(String path, Object body) {
        return send("PUT", path, body, true);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, true);
    }

    /** A person writing in the web chat (no console cookie). */
    public JsonNode chat(String session, String text, boolean button) {
        String saved = cookie;
        cookie = null;
        try {
            HttpResponse<String> r = send("POST", "/api/chat", Map.of("session", session, "text", text, "button", button), false);
            if (r.statusCode() != 200) {
                throw new AssertionError("chat failed " + r.statusCode() + ": " + r.body());
            }
            return json(r);
        } finally {
            cookie = saved;
        }
    }

    public HttpResponse<String> send(String method, String path, Object body, boolean withCsrf) {
        try {
            // 30 s: POST /api/admin/reload retrains the classifier (5-6 s on 7,300 examples, more on a busy 2-core machine)
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (withCsrf && csrf != null) {
                b.header("X-CSRF-Token", csrf);
            }
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }
}
