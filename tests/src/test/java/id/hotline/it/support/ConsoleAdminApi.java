package id.hotline.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The console JSON API as an admin script would use it: log in, then send the CSRF token with each change. */
public final class ConsoleAdminApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String cookie;
    private String csrf;

    public ConsoleAdminApi(String base) {
        this.base = base;
    }

    public String cookie() {
        return cookie;
    }

    public ConsoleAdminApi login(String user, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/console/login", Map.of("username", user, "password", password));
        if (r.statusCode() != 200) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = set.substring(0, set.indexOf(';'));
        csrf = JSON.readTree(r.body()).get("csrf").asText();
        return this;
    }

    public void createCounselor(String user, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/console/accounts", Map.of("username", user, "password", password,
                "role", "counselor"));
        if (r.statusCode() != 201) {
            throw new AssertionError("account not created: " + r.statusCode() + " " + r.body());
        }
    }

    public JsonNode chat(String session, String text) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/chat")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("session", session, "text", text))))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("chat failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** GET of a console route that must answer 200; the body as JSON. */
    public JsonNode get(String path) throws Exception {
        return expect(send("GET", path, null), 200);
    }

    /** POST to a console route that must answer with the given status; the body as JSON. */
    public JsonNode post(String path, Object body, int status) throws Exception {
        return expect(send("POST", path, body), status);
    }

    private static JsonNode expect(HttpResponse<String> r, int status) throws Exception {
        if (r.statusCode() != status) {
            throw new AssertionError(r.request().method() + " " + r.uri().getPath() + ": expected " + status + ", got "
                    + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
