package id.hotline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.testing.TestPaths;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real service on a random port with a real SQLite file: what callers get for good and bad requests. */
class ChatApiTest {
    private static Hotline hotline;
    @TempDir
    static Path dir;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        hotline = Hotline.start(Config.forTests(dir.resolve("h.db"), TestPaths.knowledgeBase(),
                Map.of("HOTLINE_RATE_LIMIT_PER_MINUTE", "1000"))); // one test writes a conversation of over 200 messages
    }

    @AfterAll
    static void stop() {
        hotline.close();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/chat"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> r, int status, String containing) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).startsWith("{\"error\":").contains(containing).doesNotContain("Exception").doesNotContain("at id.");
    }

    @Test
    void answers_a_message_with_the_documented_fields() throws Exception {
        var r = post("{\"session\":\"abcdefgh-1\",\"text\":\"/start\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"reply\":", "\"intent\":", "\"confidence\":", "\"risk\":\"none\"", "\"indicators\":[]",
                "\"suggestions\":[{");
    }

    @Test
    void malformed_json_is_a_400_with_a_message() throws Exception {
        assertJsonError(post("{\"session\": \"abcdefgh-1\", \"text\": "), 400, "malformed JSON");
        assertJsonError(post("[1,2,3]"), 400, "must be a JSON object");
        assertJsonError(post(""), 400, "must be a JSON object");
    }

    @Test
    void malformed_json_is_described_plainly_without_the_parsers_internals() throws Exception {
        var cut = post("{\"session\": \"abcdefgh-1\", \"text\": ");
        assertJsonError(cut, 400, "malformed JSON");
        assertThat(cut.body()).isEqualTo("{\"error\":\"malformed JSON at line 1, column 35\"}");
        var bad = post("{\"session\": \"abcdefgh-1\",\n \"text\": tolong}");
        assertThat(bad.body()).isEqualTo("{\"error\":\"malformed JSON at line 2, column 10\"}");
        var deep = post("{\"session\":\"abcdefgh-3\",\"text\":\"x\",\"n\":" + "[".repeat(40) + "]".repeat(40) + "}");
        assertJsonError(deep, 400, "JSON nested too deeply (at most 32 levels)");
        for (var r : List.of(cut, bad, deep)) {
            assertThat(r.body()).doesNotContain("Source").doesNotContain("StreamRead").doesNotContain("REDACTED")
                    .doesNotContain("`");
        }
    }

    @Test
    void missing_empty_or_wrongly_typed_fields_are_400() throws Exception {
        assertJsonError(post("{\"session\":\"abcdefgh-1\"}"), 400, "'text' is required");
        assertJsonError(post("{\"session\":\"abcdefgh-1\",\"text\":\"   \"}"), 400, "'text' must not be empty");
        assertJsonError(post("{\"session\":\"abcdefgh-1\",\"text\":42}"), 400, "'text' must be a string");
        assertJsonError(post("{\"text\":\"halo\"}"), 400, "'session' is required");
        assertJsonError(post("{\"session\":\"x\",\"text\":\"halo\"}"), 400, "'session' must be");
    }

    @Test
    void text_over_4096_characters_is_400_and_4096_is_accepted() throws Exception {
        assertJsonError(post("{\"session\":\"abcdefgh-2\",\"text\":\"" + "a".repeat(4097) + "\"}"), 400, "longer than 4096");
        assertThat(post("{\"session\":\"abcdefgh-2\",\"text\":\"" + "a".repeat(4096) + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_over_the_size_limit_is_a_4xx_json_error() throws Exception {
        var r = post("{\"session\":\"abcdefgh-3\",\"text\":\"" + "a".repeat(200_000) + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\"");
    }

    @Test
    void deeply_nested_json_is_refused_without_a_500() throws Exception {
        var r = post("{\"session\":\"abcdefgh-3\",\"text\":\"x\",\"n\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    @Test
    void unknown_paths_and_methods_are_json_404s() throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertJsonError(r, 404, "not found");
    }

    @Test
    void a_wrong_method_on_the_chat_api_is_a_json_405_naming_the_allowed_method_whatever_the_client_accepts() throws Exception {
        for (String accept : List.of("*/*", "application/json", "text/html")) {
            var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/chat"))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertJsonError(r, 405, "method not allowed");
            assertThat(r.body()).as(accept).isEqualTo("{\"error\":\"method not allowed\"}");
            assertThat(r.headers().firstValue("Allow")).as(accept).hasValue("POST");
        }
        var unknown = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/nope"))
                .header("Accept", "application/json").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"not found\"}");
    }

    @Test
    void health_reports_the_loaded_intents() throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"ok\"", "\"intents\":34");
    }

    @Test
    void counselor_messages_are_fetched_by_session_and_bad_cursors_are_400() throws Exception {
        post("{\"session\":\"abcdefgh-4\",\"text\":\"/menu\"}");
        var ok = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port()
                + "/api/chat/abcdefgh-4/messages?after=0")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.body()).contains("\"from\":\"bot\"");
        var bad = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port()
                + "/api/chat/abcdefgh-4/messages?after=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertJsonError(bad, 400, "'after'");
    }

    @Test
    void a_reopened_page_gets_the_persons_own_typed_messages_and_the_language_only_when_it_asks_for_history() throws Exception {
        assertThat(post("{\"session\":\"abcdefgh-5\",\"text\":\"what is ATENSI and who can get it?\"}").body())
                .contains("\"lang\":\"en\"");
        post("{\"session\":\"abcdefgh-5\",\"text\":\"/menu\",\"button\":true}");
        String base = "http://127.0.0.1:" + hotline.port() + "/api/chat/abcdefgh-5/messages?after=0";
        var polled = HTTP.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(polled.body()).contains("\"from\":\"bot\"", "\"lang\":\"en\"").doesNotContain("\"from\":\"user\"");
        var history = HTTP.send(HttpRequest.newBuilder(URI.create(base + "&history=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(history.body()).contains("\"from\":\"user\"", "what is ATENSI and who can get it?")
                .doesNotContain("\"text\":\"/menu\""); // a press of a button that was not offered is not shown
        assertThat(history.body().indexOf("what is ATENSI")).isLessThan(history.body().indexOf("\"from\":\"bot\""));
        var unknown = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port()
                + "/api/chat/never-wrote-1/messages?after=0&history=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.body()).isEqualTo("{\"messages\":[]}");
    }

    @Test
    void a_reopened_page_gets_pressed_buttons_by_their_label_without_the_ratings_and_the_last_replys_buttons() throws Exception {
        String s = "abcdefgh-6";
        JsonNode menu = JSON.readTree(post("{\"session\":\"" + s + "\",\"text\":\"/menu\"}").body());
        assertThat(labels(menu.get("suggestions"))).contains("Pulang & reintegrasi", "English");
        JsonNode topic = press(s, "/topik pulang");
        JsonNode first = topic.get("suggestions").get(0);
        JsonNode answer = press(s, first.get("payload").asText());
        assertThat(answer.get("rateable").asBoolean()).isTrue();
        JsonNode thanks = press(s, "/nilai " + answer.get("messageId").asLong() + " 1");
        assertThat(thanks.get("reply").asText()).isEqualTo("Terima kasih atas masukannya.");
        assertThat(labels(thanks.get("suggestions"))).containsExactly("Menu utama"); // never left without a button

        JsonNode history = JSON.readTree(get("/api/chat/" + s + "/messages?after=0&history=1").body());
        List<String> mine = new ArrayList<>();
        history.get("messages").forEach(m -> {
            if (m.get("from").asText().equals("user")) {
                mine.add(m.get("text").asText());
            }
        });
        assertThat(mine).containsExactly("/menu", "Pulang & reintegrasi", first.get("label").asText()); // no rating
        assertThat(history.toString()).doesNotContain("/nilai");
        assertThat(labels(history.get("suggestions"))).containsExactly("Menu utama");
        assertThat(history.get("suggestions").get(0).get("payload").asText()).isEqualTo("/menu");
        assertThat(JSON.readTree(get("/api/chat/" + s + "/messages?after=0").body()).has("suggestions"))
                .as("a poll does not change the page's buttons").isFalse();
    }

    @Test
    void a_pressed_button_keeps_the_label_the_person_saw_after_the_language_changed() throws Exception {
        String s = "abcdefgh-7";
        post("{\"session\":\"" + s + "\",\"text\":\"/menu\"}");
        JsonNode switched = press(s, "/bahasa en");
        assertThat(switched.get("lang").asText()).isEqualTo("en");
        JsonNode history = JSON.readTree(get("/api/chat/" + s + "/messages?after=0&history=1").body());
        JsonNode last = history.get("messages").get(history.get("messages").size() - 2);
        assertThat(last.get("from").asText()).isEqualTo("user");
        assertThat(last.get("text").asText()).isEqualTo("English"); // in English it would read "Bahasa Indonesia"
        assertThat(labels(history.get("suggestions"))).isEqualTo(labels(switched.get("suggestions"))).contains("Main menu");
    }

    @Test
    void a_long_conversation_comes_back_in_pages_with_the_last_buttons_on_the_last_page() throws Exception {
        String s = "abcdefgh-9";
        for (int i = 0; i < 101; i++) { // 202 messages, typed and answered, over one page of 200
            post("{\"session\":\"" + s + "\",\"text\":\"/menu\"}");
        }
        JsonNode first = JSON.readTree(get("/api/chat/" + s + "/messages?after=0&history=1").body());
        assertThat(first.get("messages")).hasSize(200);
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.get("suggestions")).isEmpty();
        long last = first.get("messages").get(199).get("id").asLong();
        JsonNode rest = JSON.readTree(get("/api/chat/" + s + "/messages?after=" + last + "&history=1").body());
        assertThat(rest.get("messages")).hasSize(2);
        assertThat(rest.get("more").asBoolean()).isFalse();
        assertThat(labels(rest.get("suggestions"))).contains("English");
    }

    @Test
    void a_deleted_conversation_leaves_no_messages_and_no_buttons_to_restore() throws Exception {
        String s = "abcdefgh-8";
        post("{\"session\":\"" + s + "\",\"text\":\"/menu\"}");
        press(s, "/hapus");
        assertThat(press(s, "/hapus ya").get("deleted").asBoolean()).isTrue();
        assertThat(get("/api/chat/" + s + "/messages?after=0&history=1").body()).isEqualTo("{\"messages\":[]}");
    }

    private static JsonNode press(String session, String payload) throws Exception {
        var r = post("{\"session\":\"" + session + "\",\"text\":\"" + payload + "\",\"button\":true}");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> labels(JsonNode suggestions) {
        List<String> out = new ArrayList<>();
        suggestions.forEach(b -> out.add(b.get("label").asText()));
        return out;
    }
}
