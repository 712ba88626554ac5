package id.hotline.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.testing.ConsoleClient;
import id.hotline.testing.EventStream;
import id.hotline.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.hotline.testing.ConsoleClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The console API against the real server on a random port, with a real SQLite file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleApiTest {
    static final String ADMIN_PASSWORD = "admin-password-1";
    Hotline hotline;
    ConsoleClient admin;

    @BeforeAll
    void start(@TempDir Path dir) {
        Config config = Config.forTests(dir.resolve("hotline.db"), Path.of(System.getProperty("hotline.kb")),
                Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        hotline = Hotline.start(config);
        admin = new ConsoleClient(hotline.port());
        assertThat(admin.login("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        hotline.close();
    }

    private ConsoleClient counselor(String name) {
        HttpResponse<String> created = admin.post("/api/console/accounts",
                Map.of("username", name, "password", name + "-password-1", "role", "counselor"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        ConsoleClient c = new ConsoleClient(hotline.port());
        assertThat(c.login(name, name + "-password-1").statusCode()).isEqualTo(200);
        return c;
    }

    private long openCase(String session) {
        JsonNode reply = admin.chat(session, "/konselor", false);
        assertThat(reply.get("caseOpen").asBoolean()).isTrue();
        for (JsonNode c : json(admin.get("/api/console/cases?status=all")).get("cases")) {
            if (admin.get("/api/console/cases/" + c.get("id").asLong()).body().contains("\"/konselor\"")
                    && c.get("status").asText().equals("open")) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no open case");
    }

    private static String session() {
        return "s" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void the_queue_says_when_the_person_last_wrote() {
        String session = session();
        long id = openCase(session);
        JsonNode listed = caseInQueue(id);
        java.time.Instant opened = java.time.Instant.parse(listed.get("openedAt").asText());
        assertThat(java.time.Instant.parse(listed.get("lastFromPerson").asText())).isBeforeOrEqualTo(opened);
        admin.chat(session, "makasih kak", false);
        assertThat(java.time.Instant.parse(caseInQueue(id).get("lastFromPerson").asText())).isAfter(opened);
        assertThat(admin.chat(session, "ga jadi deh, batal aja", false).get("caseOpen").asBoolean())
                .as("withdrawn: other tests look for an open request").isFalse();
    }

    private JsonNode caseInQueue(long id) {
        for (JsonNode c : json(admin.get("/api/console/cases")).get("cases")) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("case " + id + " not in the queue");
    }

    @Test
    void signs_are_named_for_counselors_in_the_knowledge_bases_words() {
        JsonNode signs = json(admin.get("/api/console/signs")).get("signs");
        assertThat(signs.get("passport_held").asText()).isEqualTo("Paspor/dokumen ditahan");
        assertThat(signs.get("minor").asText()).isEqualTo("Anak (di bawah 18 tahun)");
        assertThat(signs.get("tip.violence").asText()).isNotBlank().doesNotContain("tip.");
    }

    @Test
    void every_console_api_call_without_a_session_is_refused_with_401_json() {
        ConsoleClient anonymous = new ConsoleClient(hotline.port());
        for (String[] call : List.of(new String[] {"GET", "/api/console/me"}, new String[] {"GET", "/api/console/cases"},
                new String[] {"GET", "/api/console/cases/1"}, new String[] {"GET", "/api/console/events"},
                new String[] {"GET", "/api/console/audit"}, new String[] {"GET", "/api/console/accounts"},
                new String[] {"GET", "/api/console/canned"}, new String[] {"GET", "/api/console/signs"},
                new String[] {"POST", "/api/console/cases/1/claim"},
                new String[] {"POST", "/api/console/logout"}, new String[] {"DELETE", "/api/console/conversations/1"},
                new String[] {"GET", "/api/console/no-such-thing"}, new String[] {"GET", "/api/console"})) {
            HttpResponse<String> r = anonymous.send(call[0], call[1], null, false);
            assertThat(r.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
            assertThat(json(r).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void a_nul_in_the_path_is_a_json_400_for_every_method_not_jettys_html_page() {
        for (String[] call : List.of(new String[] {"GET", "/api/console/cases/%00"},
                new String[] {"POST", "/api/console/cases/%00/claim"}, new String[] {"DELETE", "/api/console/conversations/%00"},
                new String[] {"PUT", "/api/console/canned/%00"}, new String[] {"GET", "/api/chat/%00/messages"})) {
            HttpResponse<String> r = admin.send(call[0], call[1], null, true);
            assertThat(r.statusCode()).as(call[0] + " " + call[1]).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(call[1]).startsWith("application/json");
            assertThat(json(r).get("error").asText()).as(call[1]).isEqualTo("bad request");
        }
    }

    @Test
    void a_wrong_method_on_an_existing_path_is_a_json_405_with_the_allowed_methods() {
        for (String[] call : List.of(new String[] {"GET", "/api/console/logout", "POST"},
                new String[] {"DELETE", "/api/console/cases/2", "GET"}, new String[] {"GET", "/api/admin/reload", "POST"},
                new String[] {"PUT", "/api/console/accounts", "GET, POST"})) {
            HttpResponse<String> r = admin.send(call[0], call[1], null, true);
            assertThat(r.statusCode()).as(call[0] + " " + call[1]).isEqualTo(405);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(call[1]).startsWith("application/json");
            assertThat(r.body()).as(call[1]).isEqualTo("{\"error\":\"method not allowed\"}");
            assertThat(r.headers().firstValue("Allow")).as(call[1]).hasValue(call[2]);
        }
        assertThat(admin.get("/api/console/no-such-thing").statusCode()).isEqualTo(404);
        assertThat(admin.delete("/api/console/cases/2/nothing").body()).isEqualTo("{\"error\":\"not found\"}");
    }

    @Test
    void an_audit_limit_or_cursor_out_of_range_is_a_400_naming_the_parameter() {
        for (String query : List.of("limit=-1", "limit=0", "limit=501", "limit=abc", "before=-1", "before=0", "before=x")) {
            HttpResponse<String> r = admin.get("/api/console/audit?" + query);
            String name = query.substring(0, query.indexOf('='));
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(json(r).get("error").asText()).as(query).startsWith("'" + name + "' harus bilangan bulat dari 1");
        }
        assertThat(json(admin.get("/api/console/audit?limit=500")).get("entries")).isNotEmpty();
        assertThat(json(admin.get("/api/console/audit?limit=1")).get("entries")).hasSize(1);
    }

    @Test
    void a_forged_or_old_cookie_is_refused_too() {
        ConsoleClient c = counselor("tomi");
        assertThat(c.post("/api/console/logout", null).statusCode()).isEqualTo(200);
        assertThat(c.get("/api/console/me").statusCode()).isEqualTo(401);
    }

    @Test
    void the_console_page_redirects_to_login_without_a_session() {
        ConsoleClient anonymous = new ConsoleClient(hotline.port());
        HttpResponse<String> page = anonymous.get("/console");
        assertThat(page.statusCode()).isIn(302, 303);
        assertThat(page.headers().firstValue("Location")).hasValue("/console/login");
        HttpResponse<String> login = anonymous.get("/console/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("login-form");
        assertThat(admin.get("/console").body()).contains("id=\"queue\"");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_strict_and_secure_behind_https() {
        ConsoleClient c = new ConsoleClient(hotline.port());
        HttpResponse<String> r = c.login("admin", ADMIN_PASSWORD);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        HttpResponse<String> behindProxy = new ConsoleClient(hotline.port()).send("POST", "/api/console/login",
                Map.of("username", "admin", "password", ADMIN_PASSWORD), false);
        assertThat(behindProxy.statusCode()).isEqualTo(200);
        var viaHttps = java.net.http.HttpRequest.newBuilder(java.net.URI.create(c.base() + "/api/console/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build();
        try {
            var res = java.net.http.HttpClient.newHttpClient().send(viaHttps, HttpResponse.BodyHandlers.ofString());
            assertThat(res.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void login_must_be_json_and_a_wrong_password_is_401() {
        ConsoleClient c = new ConsoleClient(hotline.port());
        assertThat(c.login("admin", "not-the-password").statusCode()).isEqualTo(401);
        var form = java.net.http.HttpRequest.newBuilder(java.net.URI.create(c.base() + "/api/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build();
        try {
            var res = java.net.http.HttpClient.newHttpClient().send(form, HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(415);
            assertThat(res.headers().firstValue("Set-Cookie")).isEmpty();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_counselor_cannot_do_admin_actions() {
        ConsoleClient sari = counselor("sari");
        assertThat(sari.get("/api/console/me").body()).contains("\"role\":\"counselor\"");
        List<HttpResponse<String>> refused = List.of(
                sari.get("/api/console/accounts"),
                sari.post("/api/console/accounts", Map.of("username", "evil", "password", "evil-password-1", "role", "admin")),
                sari.post("/api/console/accounts/1/disable", null),
                sari.post("/api/console/accounts/1/password", Map.of("password", "hijacked-password")),
                sari.get("/api/console/audit"),
                sari.post("/api/console/canned", Map.of("title", "x", "text", "y")),
                sari.put("/api/console/canned/1", Map.of("title", "x", "text", "y")),
                sari.delete("/api/console/canned/1"),
                sari.delete("/api/console/conversations/1"));
        for (HttpResponse<String> r : refused) {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri()).isEqualTo(403);
            assertThat(json(r).get("error").asText()).isNotBlank();
        }
        assertThat(sari.get("/api/console/canned").statusCode()).isEqualTo(200);
        assertThat(admin.login("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        ConsoleClient rina = counselor("rina");
        long caseId = openCase(session());
        HttpResponse<String> noToken = rina.postWithoutCsrf("/api/console/cases/" + caseId + "/claim", null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(json(noToken).get("error").asText()).contains("CSRF");
        HttpResponse<String> wrongToken = rina.send("POST", "/api/console/cases/" + caseId + "/claim", null, false);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(admin.send("DELETE", "/api/console/canned/1", null, false).statusCode()).isEqualTo(403);
        assertThat(json(rina.get("/api/console/cases/" + caseId)).at("/case/status").asText()).isEqualTo("open");
        assertThat(rina.post("/api/console/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_counselor_claims_chats_refers_with_consent_and_closes_and_the_bot_answers_again() {
        ConsoleClient dewi = counselor("dewi");
        ConsoleClient eko = counselor("eko");
        String person = session();
        long caseId = openCase(person);
        assertThat(dewi.post("/api/console/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);
        HttpResponse<String> second = eko.post("/api/console/cases/" + caseId + "/claim", null);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("error").asText()).contains("dewi");
        assertThat(eko.post("/api/console/cases/" + caseId + "/messages", Map.of("text", "bukan pemegang")).statusCode()).isEqualTo(409);

        assertThat(dewi.post("/api/console/cases/" + caseId + "/messages", Map.of("text", "Halo, saya Dewi.")).statusCode()).isEqualTo(201);
        JsonNode shown = json(dewi.get("/api/chat/" + person + "/messages?after=0")).get("messages");
        assertThat(shown.findValuesAsText("text")).contains("Halo, saya Dewi.");
        JsonNode answer = dewi.chat(person, "Paspor saya ditahan", false);
        assertThat(answer.get("handoff").asBoolean()).isTrue();
        assertThat(answer.get("reply").isNull()).isTrue();

        HttpResponse<String> noConsent = dewi.post("/api/console/cases/" + caseId + "/referrals", Map.of("service", "polisi"));
        assertThat(noConsent.statusCode()).isEqualTo(409);
        assertThat(dewi.post("/api/console/cases/" + caseId + "/consent", Map.of("given", true)).statusCode()).isEqualTo(201);
        assertThat(dewi.post("/api/console/cases/" + caseId + "/referrals", Map.of("service", "polisi")).statusCode()).isEqualTo(201);
        assertThat(dewi.post("/api/console/cases/" + caseId + "/referrals", Map.of("service", "fbi")).statusCode()).isEqualTo(400);
        assertThat(dewi.post("/api/console/cases/" + caseId + "/notes", Map.of("text", "catatan internal")).statusCode()).isEqualTo(201);

        JsonNode file = json(dewi.get("/api/console/cases/" + caseId));
        assertThat(file.get("messages").findValuesAsText("text")).contains("Paspor saya ditahan", "Halo, saya Dewi.");
        assertThat(file.at("/consents/0/recordedBy").asText()).isEqualTo("dewi");
        assertThat(file.at("/referrals/0/service").asText()).isEqualTo("polisi");

        assertThat(dewi.post("/api/console/cases/" + caseId + "/close", Map.of("outcome", "referred")).statusCode()).isEqualTo(200);
        JsonNode after = dewi.chat(person, "/menu", false);
        assertThat(after.get("handoff").asBoolean()).isFalse();
        assertThat(after.get("reply").asText()).isNotBlank();
        JsonNode status = dewi.chat(person, "/status", false);
        assertThat(status.get("reply").asText()).doesNotContain("catatan internal");

        String audit = admin.get("/api/console/audit?limit=500").body();
        assertThat(audit).contains("\"claimed\"", "\"wrote\"", "\"referred\"", "\"closed\"", "\"viewed\"", "\"noted\"")
                .doesNotContain("Halo, saya Dewi").doesNotContain("Paspor").doesNotContain("catatan internal");
    }

    @Test
    void conversation_text_is_returned_as_data_and_the_console_never_uses_inner_html() {
        String person = session();
        long caseId = openCase(person);
        ConsoleClient fajar = counselor("fajar");
        fajar.post("/api/console/cases/" + caseId + "/claim", null);
        admin.chat(person, "<script>alert(1)</script>", false);
        HttpResponse<String> file = fajar.get("/api/console/cases/" + caseId);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json(file).get("messages").findValuesAsText("text")).contains("<script>alert(1)</script>");
        for (String script : new String[] {"dom.js", "console.js", "reports.js"}) {
            HttpResponse<String> js = fajar.get("/console/assets/" + script);
            assertThat(js.statusCode()).as(script).isEqualTo(200);
            assertThat(js.body()).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write");
        }
    }

    @Test
    void an_admin_deletes_a_conversation_with_everything_attached_and_the_audit_keeps_no_content() {
        String person = session();
        long caseId = openCase(person);
        long conversationId = json(admin.get("/api/console/cases/" + caseId)).at("/case/conversationId").asLong();
        HttpResponse<String> deleted = admin.delete("/api/console/conversations/" + conversationId);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(admin.get("/api/console/cases/" + caseId).statusCode()).isEqualTo(404);
        assertThat(json(admin.get("/api/chat/" + person + "/messages?after=0")).get("messages")).isEmpty();
        assertThat(admin.delete("/api/console/conversations/" + conversationId).statusCode()).isEqualTo(404);
        JsonNode entry = json(admin.get("/api/console/audit?limit=1")).at("/entries/0");
        assertThat(entry.get("action").asText()).isEqualTo("conversation_deleted");
        assertThat(entry.get("conversationId").asLong()).isEqualTo(conversationId);
        assertThat(entry.get("detail").isNull()).isTrue();
    }

    @Test
    void a_person_deleting_their_own_data_in_a_held_chat_tells_the_console_like_an_admin_deletion() throws Exception {
        ConsoleClient siti = counselor("siti");
        for (String[] confirm : new String[][] {{"ya", "false"}, {"/hapus ya", "true"}}) {
            String person = session();
            long caseId = openCase(person);
            assertThat(siti.post("/api/console/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);
            long conversationId = json(siti.get("/api/console/cases/" + caseId)).at("/case/conversationId").asLong();
            try (EventStream stream = EventStream.open(siti.base(), siti.cookie())) {
                if (confirm[1].equals("false")) {
                    admin.chat(person, "/hapus", false);
                }
                assertThat(admin.chat(person, confirm[0], Boolean.parseBoolean(confirm[1])).get("deleted").asBoolean()).isTrue();
                JsonNode deleted = Json.MAPPER.readTree(stream.next("deleted", Duration.ofSeconds(2)).data());
                assertThat(deleted.get("conversationId").asLong()).as(confirm[0]).isEqualTo(conversationId);
                assertThat(deleted.get("by").asText()).isEqualTo("person");
            }
            assertThat(siti.get("/api/console/cases/" + caseId).statusCode()).isEqualTo(404);
            JsonNode entry = json(admin.get("/api/console/audit?limit=1")).at("/entries/0");
            assertThat(entry.get("actor").asText()).as("the audit says who deleted it").isEqualTo("person");
            assertThat(entry.get("action").asText()).isEqualTo("conversation_deleted");
            assertThat(entry.get("conversationId").asLong()).isEqualTo(conversationId);
        }
        long caseId = openCase(session());
        long conversationId = json(admin.get("/api/console/cases/" + caseId)).at("/case/conversationId").asLong();
        try (EventStream stream = EventStream.open(siti.base(), siti.cookie())) {
            assertThat(admin.delete("/api/console/conversations/" + conversationId).statusCode()).isEqualTo(204);
            JsonNode deleted = Json.MAPPER.readTree(stream.next("deleted", Duration.ofSeconds(2)).data());
            assertThat(deleted.get("conversationId").asLong()).isEqualTo(conversationId);
            assertThat(deleted.get("by").asText()).isEqualTo("admin");
        }
    }

    @Test
    void the_live_stream_announces_a_new_case_within_two_seconds() throws Exception {
        try (EventStream stream = EventStream.open(admin.base(), admin.cookie())) {
            long t0 = System.nanoTime();
            admin.chat(session(), "emergency.danger", true);
            stream.next(e -> e.name().equals("case") && e.data().contains("\"event\":\"opened\"")
                    && e.data().contains("\"priority\":\"emergency\""), Duration.ofSeconds(2), "the opened emergency case");
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
        }
    }
}
