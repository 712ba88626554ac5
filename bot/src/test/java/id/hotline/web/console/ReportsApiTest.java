package id.hotline.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.console.Agency;
import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Risk;
import id.hotline.store.sqlite.SqliteCaseRecordStore;
import id.hotline.testing.ConsoleClient;
import id.hotline.testing.EngineFixture;
import id.hotline.testing.MutableClock;
import id.hotline.testing.ScriptedNlu;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.hotline.testing.ConsoleClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page's numbers for a database seeded through the real engine (scripted NLU), the real case store and
 * the real feedback command, read back over HTTP from the real server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsApiTest {
    static final String ADMIN_PASSWORD = "admin-password-1";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    static final String ANSWERED = "premig.documents";
    static final String ANSWERED_TOO = "premig.costs";
    static final String CONFUSED = "kapan gaji saya, bos bilang nanti-nanti terus";
    static final String CONFUSED_AGAIN = "pokoknya \"agen\" bilang, tunggu saja";
    final MutableClock clock = new MutableClock(TODAY.minusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC));
    final List<Long> caseIds = new ArrayList<>();
    Hotline hotline;
    ConsoleClient admin;

    @BeforeAll
    void seedAndStart(@TempDir Path dir) {
        ScriptedNlu nlu = new ScriptedNlu()
                .understands("dokumen apa saja yang perlu disiapkan", ANSWERED, 0.9, ANSWERED_TOO, 0.05)
                .understands("berapa biaya penempatan", ANSWERED_TOO, 0.85, ANSWERED, 0.1)
                .reads("paspor saya ditahan majikan", "tip.passport_held", 0.9, "tip.confinement", 0.05, Risk.ESCALATE,
                        List.of("passport_held"))
                .reads("paspor ditahan dan saya dikurung", "tip.passport_held", 0.8, "tip.confinement", 0.1, Risk.ESCALATE,
                        List.of("passport_held", "confinement"));
        try (EngineFixture f = new EngineFixture(dir, nlu, true, clock)) {
            // Two days ago: A asks and likes the answer; B is not understood twice.
            Turn a = say(f, "user-a", MessageKind.TEXT, "dokumen apa saja yang perlu disiapkan");
            assertThat(a.rateable()).isTrue();
            say(f, "user-a", MessageKind.BUTTON, "/nilai " + a.outboundId() + " 1");
            say(f, "user-b", MessageKind.TEXT, CONFUSED);
            clock.advance(Duration.ofMinutes(1));
            say(f, "user-b", MessageKind.TEXT, CONFUSED_AGAIN);
            // Today: C picks a topic by button and dislikes it, then asks in free text; D, E and F open cases.
            clock.advance(Duration.ofDays(2).minusMinutes(61));
            Turn c = say(f, "user-c", MessageKind.BUTTON, ANSWERED);
            say(f, "user-c", MessageKind.BUTTON, "/nilai " + c.outboundId() + " 0");
            say(f, "user-c", MessageKind.TEXT, "berapa biaya penempatan");
            caseIds.add(say(f, "user-d", MessageKind.TEXT, "paspor saya ditahan majikan").caseId().orElseThrow());
            caseIds.add(say(f, "user-e", MessageKind.COMMAND, "/konselor").caseId().orElseThrow());
            caseIds.add(say(f, "user-f", MessageKind.TEXT, "paspor ditahan dan saya dikurung").caseId().orElseThrow());
            Instant opened = clock.instant();
            var records = new SqliteCaseRecordStore(f.db);
            f.caseStore.claim(caseIds.get(0), "konselor1", opened.plus(Duration.ofMinutes(5))).orElseThrow();
            f.caseStore.claim(caseIds.get(1), "konselor1", opened.plus(Duration.ofMinutes(15))).orElseThrow();
            f.caseStore.claim(caseIds.get(2), "konselor2", opened.plus(Duration.ofMinutes(45))).orElseThrow();
            records.addReferral(caseIds.get(0), Agency.DINSOS_ATENSI, "catatan", "konselor1", opened.plus(Duration.ofMinutes(50)));
            records.addReferral(caseIds.get(0), Agency.POLISI, null, "konselor1", opened.plus(Duration.ofMinutes(51)));
            f.caseStore.close(caseIds.get(1), "resolved", opened.plus(Duration.ofMinutes(30))).orElseThrow();
            f.caseStore.close(caseIds.get(0), "referred", opened.plus(Duration.ofMinutes(65))).orElseThrow();
        }
        clock.advance(Duration.ofHours(2));
        Config config = Config.forTests(dir.resolve("test.db"), TestPaths.knowledgeBase(),
                Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        hotline = Hotline.start(config, clock);
        admin = new ConsoleClient(hotline.port());
        assertThat(admin.login("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    private Turn say(EngineFixture f, String user, MessageKind kind, String text) {
        return f.engine.handle(new InboundMessage(Channel.WEB, user, kind, text, null, clock.instant()));
    }

    @AfterAll
    void stop() {
        if (hotline != null) {
            hotline.close();
        }
    }

    @Test
    void counts_messages_and_users_per_day_over_the_window() {
        JsonNode r = json(admin.get("/api/console/reports?days=7"));
        assertThat(r.get("days").asInt()).isEqualTo(7);
        assertThat(r.get("from").asText()).isEqualTo("2026-03-06");
        assertThat(r.get("to").asText()).isEqualTo("2026-03-12");
        assertThat(r.get("inbound").asLong()).isEqualTo(10);
        assertThat(r.get("outbound").asLong()).isEqualTo(10);
        assertThat(r.get("users").asLong()).isEqualTo(6);
        JsonNode days = r.get("perDay");
        assertThat(days).hasSize(7);
        assertThat(days.get(4).toString()).isEqualTo("{\"day\":\"2026-03-10\",\"inbound\":4,\"outbound\":4,\"users\":2}");
        assertThat(days.get(5).get("inbound").asLong()).isZero();
        assertThat(days.get(6).toString()).isEqualTo("{\"day\":\"2026-03-12\",\"inbound\":6,\"outbound\":6,\"users\":4}");
    }

    @Test
    void a_shorter_window_leaves_older_days_out() {
        JsonNode r = json(admin.get("/api/console/reports?days=1"));
        assertThat(r.get("inbound").asLong()).isEqualTo(6);
        assertThat(r.get("users").asLong()).isEqualTo(4);
        assertThat(r.get("unanswered")).isEmpty();
        assertThat(r.get("feedback").toString()).isEqualTo("[{\"intent\":\"premig.documents\",\"helpful\":0,\"unhelpful\":1}]");
    }

    @Test
    void counts_answers_per_intent_and_the_fallback_rate_of_free_text() {
        JsonNode r = json(admin.get("/api/console/reports"));
        assertThat(r.get("days").asInt()).isEqualTo(30);
        assertThat(r.get("intents").toString()).isEqualTo(
                "[{\"key\":\"premig.documents\",\"count\":2},{\"key\":\"premig.costs\",\"count\":1}]");
        assertThat(r.get("questions").asLong()).isEqualTo(6);
        assertThat(r.get("fallbacks").asLong()).isEqualTo(2);
        assertThat(r.get("fallbackRate").asDouble()).isEqualTo(0.3333);
    }

    @Test
    void lists_the_unanswered_questions_newest_first() {
        JsonNode u = json(admin.get("/api/console/reports")).get("unanswered");
        assertThat(u).hasSize(2);
        assertThat(u.get(0).get("text").asText()).isEqualTo(CONFUSED_AGAIN);
        assertThat(u.get(0).get("outcome").asText()).isEqualTo("not_understood");
        assertThat(u.get(1).get("text").asText()).isEqualTo(CONFUSED);
        assertThat(u.get(1).get("outcome").asText()).isEqualTo("clarified");
        assertThat(u.get(1).get("at").asText()).isEqualTo("2026-03-10T10:00:00Z");
    }

    @Test
    void reports_escalations_by_indicator_case_times_outcomes_referrals_and_feedback() {
        JsonNode r = json(admin.get("/api/console/reports"));
        assertThat(r.get("escalations").asLong()).isEqualTo(3);
        assertThat(r.get("priorities").toString()).isEqualTo(
                "[{\"key\":\"escalate\",\"count\":2},{\"key\":\"request\",\"count\":1}]");
        assertThat(r.get("indicators").toString()).isEqualTo(
                "[{\"key\":\"passport_held\",\"count\":2},{\"key\":\"\",\"count\":1},{\"key\":\"confinement\",\"count\":1}]");
        assertThat(r.get("timeToClaim").toString()).isEqualTo("{\"count\":3,\"medianSeconds\":900,\"p90Seconds\":2700}");
        assertThat(r.get("timeToClose").toString()).isEqualTo("{\"count\":2,\"medianSeconds\":1800,\"p90Seconds\":3900}");
        assertThat(r.get("outcomes").toString()).isEqualTo(
                "[{\"key\":\"referred\",\"count\":1},{\"key\":\"resolved\",\"count\":1}]");
        assertThat(r.get("referrals").toString()).isEqualTo(
                "[{\"key\":\"dinsos_atensi\",\"count\":1},{\"key\":\"polisi\",\"count\":1}]");
        assertThat(r.get("feedback").toString()).isEqualTo("[{\"intent\":\"premig.documents\",\"helpful\":1,\"unhelpful\":1}]");
    }

    @Test
    void exports_each_report_as_csv_with_quoting() {
        HttpResponse<String> messages = admin.get("/api/console/reports/messages.csv?days=3");
        assertThat(messages.statusCode()).isEqualTo(200);
        assertThat(messages.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(messages.body()).isEqualTo("day,inbound,outbound,users\r\n2026-03-10,4,4,2\r\n2026-03-11,0,0,0\r\n"
                + "2026-03-12,6,6,4\r\n");
        assertThat(admin.get("/api/console/reports/unanswered.csv").body()).isEqualTo("at,outcome,guess,text\r\n"
                + "2026-03-10T10:01:00Z,not_understood,out_of_scope,\"pokoknya \"\"agen\"\" bilang, tunggu saja\"\r\n"
                + "2026-03-10T10:00:00Z,clarified,out_of_scope,\"kapan gaji saya, bos bilang nanti-nanti terus\"\r\n");
        assertThat(admin.get("/api/console/reports/case-times.csv").body()).isEqualTo(
                "measure,cases,median_seconds,p90_seconds\r\ntime_to_claim,3,900,2700\r\ntime_to_close,2,1800,3900\r\n");
        assertThat(admin.get("/api/console/reports/indicators.csv").body()).isEqualTo(
                "indicator,count\r\npassport_held,2\r\n,1\r\nconfinement,1\r\n");
        assertThat(admin.get("/api/console/reports/fallback.csv").body()).isEqualTo(
                "from,to,questions,fallbacks,fallback_rate\r\n2026-02-11,2026-03-12,6,2,0.3333\r\n");
        assertThat(admin.get("/api/console/reports/feedback.csv").body()).isEqualTo(
                "intent,helpful,unhelpful\r\npremig.documents,1,1\r\n");
        for (String name : List.of("intents", "escalations", "outcomes", "referrals")) {
            HttpResponse<String> r = admin.get("/api/console/reports/" + name + ".csv");
            assertThat(r.statusCode()).as(name).isEqualTo(200);
            assertThat(r.body()).as(name).doesNotContain("user-").doesNotContain("konselor").doesNotContain("catatan");
        }
    }

    @Test
    void an_unknown_report_or_a_bad_window_is_a_json_error() {
        assertThat(admin.get("/api/console/reports/nope.csv").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = admin.get("/api/console/reports?days=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).contains("days");
        assertThat(admin.get("/api/console/reports?days=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void counselors_get_403_and_callers_without_a_session_get_401() {
        HttpResponse<String> created = admin.post("/api/console/accounts",
                Map.of("username", "siti", "password", "siti-password-1", "role", "counselor"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        ConsoleClient counselor = new ConsoleClient(hotline.port());
        assertThat(counselor.login("siti", "siti-password-1").statusCode()).isEqualTo(200);
        ConsoleClient anonymous = new ConsoleClient(hotline.port());
        for (String path : List.of("/api/console/reports", "/api/console/reports/unanswered.csv")) {
            HttpResponse<String> forbidden = counselor.get(path);
            assertThat(forbidden.statusCode()).as(path).isEqualTo(403);
            assertThat(forbidden.body()).doesNotContain(CONFUSED);
            assertThat(json(forbidden).get("error").asText()).isNotBlank();
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
        }
    }
}
