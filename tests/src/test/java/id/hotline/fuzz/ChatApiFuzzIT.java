package id.hotline.fuzz;

import id.hotline.Hotline;
import id.hotline.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.hotline.fuzz.FuzzHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile bodies for POST /api/chat (fixed seed, bounded): never a 500, always a JSON answer, and
 * exactly the accepted texts are stored, byte for byte, under the right session.
 */
class ChatApiFuzzIT {
    private static final long SEED = 20_261_124L;
    private static final int ROUNDS = 400;
    @TempDir
    Path dir;
    private final FuzzHttp http = new FuzzHttp();

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
                HttpResponse<String> r = http.post(base + "/api/chat", sent.body(), sent.chunked(), Map.of());
                String what = "round " + i + " (" + sent.kind() + ")";
                FuzzHttp.jsonAnswer(r, what, 200, 400, 413);
                if (sent.text() != null) {
                    assertThat(r.statusCode()).as(what + ": a valid message must be accepted").isEqualTo(200);
                    expected.computeIfAbsent(session, k -> new ArrayList<>()).add(sent.text().strip());
                } else {
                    assertThat(r.statusCode()).as(what + ": must be refused").isIn(400, 413);
                    refusedSessions.add(session);
                }
            }
            http.assertHealthy(base);
        }
        assertThat(expected).as("some hostile texts are legitimate messages").hasSizeGreaterThan(ROUNDS / 5);
        try (FuzzHttp.StoredTexts stored = new FuzzHttp.StoredTexts(dir.resolve("h.db"))) {
            for (var e : expected.entrySet()) {
                assertThat(stored.inbound(e.getKey())).as(e.getKey()).containsExactlyElementsOf(e.getValue());
            }
            for (String s : refusedSessions) {
                assertThat(stored.inbound(s)).as("refused " + s).isEmpty();
            }
        }
    }

    private record Sent(String kind, byte[] body, boolean chunked, String text) {
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
                byte[] body = in.withInvalidUtf8("{\"session\":\"" + session + "\",\"text\":\"abc", "\"}");
                return new Sent("invalid utf-8", body, false, null);
            }
            case 5 -> {
                String huge = "{\"session\":\"" + session + "\",\"text\":\"" + "y".repeat(70_000 + in.nextInt(500_000)) + "\"}";
                return new Sent("huge json", huge.getBytes(StandardCharsets.UTF_8), in.nextInt(2) == 0, null);
            }
            case 6 -> {
                String deep = "{\"session\":\"deep-session-1\",\"text\":" + HostileInput.nested(50 + in.nextInt(5000)) + "}";
                return new Sent("deep nesting", deep.getBytes(StandardCharsets.UTF_8), false, null);
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
}
