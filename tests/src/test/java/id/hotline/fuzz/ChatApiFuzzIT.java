package id.hotline.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.Hotline;
import id.hotline.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile bodies for POST /api/chat (fixed seed, bounded): never a 500, always a JSON answer, and
 * exactly the accepted texts are stored, byte for byte, under the right session.
 */
class ChatApiFuzzIT {
    private static final long SEED = 20_261_124L;
    private static final int ROUNDS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void hostile_chat_requests_get_json_4xx_or_200_and_only_accepted_texts_are_stored_exactly() throws Exception {
        HostileInput in = new HostileInput(SEED);
        Map<String, List<String>> expected = new HashMap<>();
        List<String> refusedSessions = new ArrayList<>();
        try (Hotline hotline = Hotline.start(Config.forTests(dir.resolve("h.db"), Path.of(System.getProperty("hotline.kb")),
                Map.of("HOTLINE_RATE_LIMIT_PER_MINUTE", "100000")))) {
            String base = "http://127.0.0.1:" + hotline.port();
            for (int i = 0; i < ROUNDS; i++) {
                String session = "fuzz-" + SEED + "-" + i;
                Sent sent = request(in, session, i);
                HttpResponse<String> r = http.send(sent.request(base), HttpResponse.BodyHandlers.ofString());
                String what = "round " + i + " (" + sent.kind() + "): " + r.statusCode() + " " + abbreviate(r.body());
                assertThat(r.statusCode()).as(what).isIn(200, 400, 413);
                if (sent.text() != null) {
                    assertThat(r.statusCode()).as(what + ": a valid message must be accepted").isEqualTo(200);
                }
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.isObject()).as(what).isTrue();
                if (r.statusCode() == 200) {
                    assertThat(sent.text()).as(what + " was accepted").isNotNull();
                    expected.computeIfAbsent(session, k -> new ArrayList<>()).add(sent.text().strip());
                } else {
                    assertThat(body.path("error").asText()).as(what).isNotBlank();
                    refusedSessions.add(session);
                }
            }
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        assertThat(expected).as("some hostile texts are legitimate messages").hasSizeGreaterThan(ROUNDS / 5);
        assertStored(dir.resolve("h.db"), expected, refusedSessions);
    }

    private record Sent(String kind, byte[] body, boolean chunked, String text) {
        HttpRequest request(String base) {
            HttpRequest.BodyPublisher p = chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            return HttpRequest.newBuilder(URI.create(base + "/api/chat")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json").POST(p).build();
        }
    }

    private static Sent request(HostileInput in, String session, int round) throws Exception {
        switch (round % 8) {
            case 0, 1, 2 -> {
                String text = in.hostileText();
                String json = JSON.writeValueAsString(Map.of("session", session, "text", text));
                boolean acceptable = !text.strip().isEmpty() && text.strip().codePointCount(0, text.strip().length()) <= 4096;
                return new Sent("hostile text", json.getBytes(StandardCharsets.UTF_8), false, acceptable ? text : null);
            }
            case 3 -> {
                return new Sent("random bytes", in.randomBytes(1 + in.nextInt(2000)), false, null);
            }
            case 4 -> {
                return new Sent("invalid utf-8", in.invalidUtf8Json(session), false, null);
            }
            case 5 -> {
                String huge = "{\"session\":\"" + session + "\",\"text\":\"" + "y".repeat(70_000 + in.nextInt(500_000)) + "\"}";
                return new Sent("huge json", huge.getBytes(StandardCharsets.UTF_8), in.nextInt(2) == 0, null);
            }
            case 6 -> {
                return new Sent("deep nesting", in.deepJson(50 + in.nextInt(5000)).getBytes(StandardCharsets.UTF_8), false, null);
            }
            default -> {
                String[] odd = {"[]", "null", "\"text\"", "{\"session\":12345678,\"text\":\"x\"}",
                    "{\"session\":\"" + session + "\",\"text\":[\"a\"]}", "{\"session\":\"" + session + "\"}",
                    "{\"session\":\"<b>bad</b> session\",\"text\":\"hi\"}", "{\"session\":\"" + session + "\",\"text\":\"   \"}",
                    "{\"session\":\"" + session + "\",\"text\":\"x\",\"session\":\"" + session + "\"", ""};
                return new Sent("wrong shape", odd[in.nextInt(odd.length)].getBytes(StandardCharsets.UTF_8), false, null);
            }
        }
    }

    private static void assertStored(Path db, Map<String, List<String>> expected, List<String> refused) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT m.text FROM messages m JOIN conversations v ON v.id = m.conversation_id "
                     + "WHERE v.user_ref = ? AND m.direction = 'in' ORDER BY m.id")) {
            for (var e : expected.entrySet()) {
                assertThat(texts(ps, e.getKey())).as(e.getKey()).containsExactlyElementsOf(e.getValue());
            }
            for (String s : refused) {
                assertThat(texts(ps, s)).as("refused " + s).isEmpty();
            }
        }
    }

    private static List<String> texts(PreparedStatement ps, String session) throws Exception {
        ps.setString(1, session);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
