package id.hotline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.testing.ConsoleClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectionAndMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static final String ADMIN_PASSWORD = "admin-password-1";
    private static Hotline hotline;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        hotline = Hotline.start(Config.forTests(dir.resolve("h.db"), Path.of(System.getProperty("hotline.kb")),
                Map.of("HOTLINE_RATE_LIMIT_PER_MINUTE", "3", "HOTLINE_ADMIN_USER", "admin",
                        "HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD)));
    }

    @AfterAll
    static void stop() {
        hotline.close();
    }

    @Test
    void a_person_over_the_rate_limit_gets_429_with_the_friendly_reply_and_nothing_is_stored() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(chat("limited-person", "/menu").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = chat("limited-person", "REFUSED-TEXT");

        assertThat(refused.statusCode()).isEqualTo(429);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("error").asText()).contains("too many messages");
        assertThat(body.path("reply").asText()).contains("Tunggu sebentar").contains("Di luar negeri").doesNotContain("{{");
        assertThat(body.has("messageId")).as("a notice is not stored: the page shows it as a notice").isFalse();
        assertThat(chat("another-person", "/menu").statusCode()).isEqualTo(200);
        JsonNode stored = JSON.readTree(get("/api/chat/limited-person/messages").body()).path("messages");
        assertThat(stored).hasSize(3);
    }

    /** {@code text} sent by a person who asked for a counselor and then used up the limit (3 a minute here). */
    private HttpResponse<String> overTheLimitInACase(String session, String text) throws Exception {
        assertThat(chat(session, "/konselor").statusCode()).isEqualTo(200);
        chat(session, "/status");
        chat(session, "/status");
        return chat(session, text);
    }

    @Test
    void a_message_over_the_rate_limit_in_an_open_case_reaches_the_counselor() throws Exception {
        HttpResponse<String> over = overTheLimitInACase("limited-case-1", "ADDRESS-jalan mawar 5");

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(over.body()).path("reply").asText()).contains("sudah kami simpan");
        ConsoleClient counselor = new ConsoleClient(hotline.port());
        assertThat(counselor.login("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        boolean seen = false;
        for (JsonNode c : ConsoleClient.json(counselor.get("/api/console/cases?status=all")).path("cases")) {
            seen |= counselor.get("/api/console/cases/" + c.path("id").asLong()).body().contains("ADDRESS-jalan mawar 5");
        }
        assertThat(seen).isTrue();
    }

    @Test
    void danger_over_the_rate_limit_comes_with_the_stored_replys_id_and_buttons_so_the_page_shows_it_once() throws Exception {
        HttpResponse<String> over = overTheLimitInACase("limited-case-2", "tolong dia bawa pisau mau bunuh saya");

        assertThat(over.statusCode()).isEqualTo(429);
        JsonNode body = JSON.readTree(over.body());
        assertThat(body.path("reply").asText()).contains("110");
        JsonNode messages = JSON.readTree(get("/api/chat/limited-case-2/messages").body()).path("messages");
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(last.path("text").asText()).isEqualTo(body.path("reply").asText());
        assertThat(body.path("messageId").asLong()).isEqualTo(last.path("id").asLong());
        assertThat(body.path("suggestions").findValuesAsText("payload")).contains("/keluar");
    }

    @Test
    void an_oversized_body_is_refused_with_413_json() throws Exception {
        String huge = "{\"session\":\"big-body-1\",\"text\":\"" + "a".repeat(200_000) + "\"}";
        HttpResponse<String> r = post("/api/chat", huge);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).path("error").asText()).isNotBlank();
    }

    @Test
    void pages_carry_security_headers() throws Exception {
        for (String path : new String[] {"/", "/index.html", "/chat.js", "/api/health"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
        }
    }

    @Test
    void metrics_count_messages_and_time_each_chat_in_prometheus_format() throws Exception {
        chat("metrics-person-1", "/menu");
        chat("metrics-person-1", "/konselor");

        HttpResponse<String> r = get("/metrics");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(r.body())
                .containsPattern("hotline_messages_total\\{author=\"user\",channel=\"web\",direction=\"in\"} [1-9]")
                .containsPattern("hotline_messages_total\\{author=\"bot\",channel=\"web\",direction=\"out\"} [1-9]")
                .contains("hotline_chat_latency_seconds_bucket{channel=\"web\",le=")
                .containsPattern("hotline_cases\\{status=\"open\"} [1-9]")
                .contains("hotline_cases{status=\"claimed\"} 0")
                .contains("jvm_memory_used_bytes")
                .doesNotContain("metrics-person-1");
    }

    private static HttpResponse<String> chat(String session, String text) throws Exception {
        return post("/api/chat", JSON.writeValueAsString(Map.of("session", session, "text", text)));
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + hotline.port() + path);
    }
}
