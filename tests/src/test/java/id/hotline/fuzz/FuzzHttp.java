package id.hotline.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the HTTP fuzz tests share: sending raw bodies, checking the answer is never a 500, reading what was stored. */
final class FuzzHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = client();

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** POSTs the bytes as JSON, with a Content-Length or chunked, with the extra headers. */
    HttpResponse<String> post(String url, byte[] body, boolean chunked, Map<String, String> headers) throws Exception {
        HttpRequest.BodyPublisher p = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(p);
        headers.forEach(b::header);
        HttpRequest request = b.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // The server closes the connection after refusing an oversized body; the client may have pooled that
            // connection (more than one) and sends the next request into it. No byte came back, so the server never saw
            // the request: send it once more from a fresh client, which has no pooled connection and must open a new
            // one (a request stored twice would still fail the stored-texts check).
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return client().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Asserts the answer is a JSON object with one of the statuses (never a 500, never a stack trace) and returns it. */
    static JsonNode jsonAnswer(HttpResponse<String> r, String what, Integer... statuses) throws Exception {
        String described = what + ": " + r.statusCode() + " " + abbreviate(r.body());
        assertThat(r.statusCode()).as(described).isIn((Object[]) statuses);
        assertThat(r.body()).as(described).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.isObject()).as(described).isTrue();
        if (r.statusCode() >= 400) {
            assertThat(body.path("error").asText()).as(described).isNotBlank();
        }
        return body;
    }

    void assertHealthy(String base) throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("/api/health after the fuzz run").isEqualTo(200);
    }

    String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Inbound message texts stored for each conversation (by user_ref), oldest first. */
    static final class StoredTexts implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement ps;

        StoredTexts(Path db) throws Exception {
            c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
            ps = c.prepareStatement("SELECT m.text FROM messages m JOIN conversations v ON v.id = m.conversation_id "
                    + "WHERE v.user_ref = ? AND m.direction = 'in' ORDER BY m.id");
        }

        List<String> inbound(String userRef) throws Exception {
            ps.setString(1, userRef);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }

        long count(String sql, Object... args) throws Exception {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    q.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
        }

        @Override
        public void close() throws Exception {
            ps.close();
            c.close();
        }
    }

    static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
