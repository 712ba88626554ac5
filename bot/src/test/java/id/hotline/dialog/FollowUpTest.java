package id.hotline.dialog;

import id.hotline.domain.CaseStatus;
import id.hotline.domain.Channel;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.Risk;
import id.hotline.domain.Suggestion;
import id.hotline.domain.TurnOutcome;
import id.hotline.testing.EngineFixture;
import id.hotline.testing.MutableClock;
import id.hotline.testing.ScriptedNlu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A short follow-up right after an answer is read in that answer's topic, never at the cost of safety. */
class FollowUpTest {
    private static final String ATENSI = "apa itu atensi";
    private static final String ATENSI_TITLE = "atensi "; // the programme's name (names.yaml)
    private static final String PASSPORT = "paspor saya ditahan majikan";

    @TempDir
    Path dir;
    private EngineFixture f;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));

    // Each follow-up is scripted alone (as the classifier reads it today) and after the topic's title.
    private final ScriptedNlu nlu = new ScriptedNlu()
            .understands(ATENSI, "atensi.about", 0.9, "atensi.access", 0.05)
            .understands("gmn cara daftarnya", "out_of_scope", 0.82, "atensi.access", 0.15)
            .understands(ATENSI_TITLE + "gmn cara daftarnya", "atensi.access", 0.95, "atensi.about", 0.03)
            .understands("bisa online ga", "out_of_scope", 0.61, "tip.scam_compound", 0.1)
            .understands(ATENSI_TITLE + "bisa online ga", "atensi.about", 0.88, "atensi.access", 0.05)
            .understands("berapa biayanya", "premig.costs", 0.99, "out_of_scope", 0.01)
            .understands(ATENSI_TITLE + "berapa biayanya", "atensi.about", 0.8, "atensi.access", 0.1)
            .understands("berapa biaya kerja ke taiwan", "premig.costs", 0.99, "out_of_scope", 0.01)
            .understands("syarat kerja ke taiwan", "premig.requirements", 0.95, "premig.documents", 0.02)
            .understands("dokumennya?", "out_of_scope", 0.5, "premig.documents", 0.3)
            .understands("Syarat jadi PMI resmi dokumennya?", "premig.documents", 0.9, "premig.requirements", 0.05)
            .understands("bayar ga?", "premig.costs", 0.96, "out_of_scope", 0.01)
            .understands(ATENSI_TITLE + "bayar ga?", "atensi.about", 0.98, "premig.costs", 0.01)
            .understands("paspor?", "premig.documents", 0.95, "tip.passport_held", 0.02)
            .understands(ATENSI_TITLE + "paspor?", "premig.documents", 0.6, "atensi.about", 0.3)
            .understands("how do I apply?", "atensi.access", 0.3, "out_of_scope", 0.26)
            .understands(ATENSI_TITLE + "how do I apply?", "atensi.access", 0.9, "atensi.about", 0.05)
            .writtenIn("how do I apply?", Lang.EN, true)
            .understands("terus gimana?", "out_of_scope", 0.33, "reint.psychosocial", 0.22)
            .reads("Paspor atau dokumen ditahan terus gimana?", "tip.passport_held", 0.95, "tip.report", 0.02,
                    Risk.ESCALATE, List.of("passport_held"))
            .reads(ATENSI_TITLE + "terus gimana?", "tip.violence", 0.9, "atensi.about", 0.05, Risk.ESCALATE, List.of("violence"))
            .reads("dia bawa pisau", "emergency.danger", 0.8, "tip.violence", 0.1, Risk.EMERGENCY, List.of("weapon"))
            .reads(PASSPORT, "tip.passport_held", 0.8, "tip.confinement", 0.1, Risk.ESCALATE, List.of("passport_held"));

    @BeforeEach
    void open() {
        f = new EngineFixture(dir, nlu, true, clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Turn say(String text) {
        return f.engine.handle(new InboundMessage(Channel.WEB, "u1", MessageKind.TEXT, text, null, clock.instant()));
    }

    private static List<String> payloads(Turn t) {
        return t.reply().orElseThrow().suggestions().stream().map(Suggestion::payload).toList();
    }

    @Test
    void a_short_follow_up_after_an_answer_is_answered_in_that_topic() {
        say(ATENSI);
        Turn t = say("gmn cara daftarnya");
        assertThat(t.intent()).isEqualTo("atensi.access");
        assertThat(t.reply().orElseThrow().text()).doesNotContain("hanya bisa membantu soal")
                .contains(EngineFixture.knowledgeBase().intents().get("atensi.access").answer().get(Lang.ID).lines()
                        .findFirst().orElseThrow());
        var stored = f.conversations.messages(t.conversationId(), t.inboundId() - 1, 1).get(0);
        assertThat(stored.intent()).as("the stored reading is the one answered").isEqualTo("atensi.access");
        assertThat(stored.risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void an_english_follow_up_is_read_after_the_programmes_name() {
        say("/bahasa en");
        say(ATENSI);
        Turn t = say("how do I apply?");
        assertThat(t.intent()).isEqualTo("atensi.access");
        assertThat(t.outcome()).isEqualTo(TurnOutcome.ANSWERED);
        assertThat(t.reply().orElseThrow().text()).doesNotContain("Sorry");
    }

    @Test
    void a_follow_up_that_stays_on_the_topic_asks_whether_it_is_still_about_it_instead_of_out_of_scope() {
        say(ATENSI);
        Turn t = say("bisa online ga");
        assertThat(t.reply().orElseThrow().text()).contains("masih tentang topik tadi").doesNotContain("hanya bisa membantu soal");
        assertThat(payloads(t)).startsWith("atensi.about", "atensi.access", "atensi.eligibility").contains("/bukan");
        assertThat(say("2").intent()).as("a number picks a choice").isEqualTo("atensi.access");
    }

    @Test
    void a_follow_up_that_refers_back_is_not_taken_for_another_topic_without_asking() {
        say(ATENSI);
        Turn t = say("berapa biayanya");
        assertThat(t.outcome()).as("read alone, it is answered as the cost of working abroad").isEqualTo(TurnOutcome.CLARIFIED);
        assertThat(payloads(t)).startsWith("atensi.about", "premig.costs", "atensi.access");
    }

    @Test
    void a_terse_question_read_as_another_topic_asks_whether_it_is_still_about_the_topic_before() {
        say(ATENSI);
        Turn t = say("bayar ga?");
        assertThat(t.outcome()).as("alone it reads as placement costs").isEqualTo(TurnOutcome.CLARIFIED);
        assertThat(payloads(t)).startsWith("atensi.about", "premig.costs").contains("/bukan");
        assertThat(say("2").intent()).isEqualTo("premig.costs");
    }

    @Test
    void a_terse_question_the_topic_does_not_pull_back_is_answered_as_itself() {
        say(ATENSI);
        Turn t = say("paspor?");
        assertThat(t.outcome()).isEqualTo(TurnOutcome.ANSWERED);
        assertThat(t.intent()).isEqualTo("premig.documents");
    }

    @Test
    void a_terse_question_after_a_sign_of_exploitation_is_answered_as_itself() {
        nlu.understands("atensi itu apa?", "atensi.about", 0.99, "atensi.access", 0.005)
                .understands("Paspor atau dokumen ditahan atensi itu apa?", "tip.passport_held", 0.55, "atensi.about", 0.3);
        // the sign looked up from a button: answered with help, no case; its title pulls the joined reading
        f.engine.handle(new InboundMessage(Channel.WEB, "u1", MessageKind.BUTTON, "tip.passport_held", null, clock.instant()));
        Turn t = say("atensi itu apa?");
        assertThat(t.outcome()).isEqualTo(TurnOutcome.ANSWERED);
        assertThat(t.intent()).isEqualTo("atensi.about");
    }

    @Test
    void a_topic_without_a_programme_name_is_joined_after_its_title() {
        say("syarat kerja ke taiwan");
        Turn t = say("dokumennya?");
        assertThat(t.intent()).isEqualTo("premig.documents");
        assertThat(t.outcome()).isEqualTo(TurnOutcome.ANSWERED);
    }

    @Test
    void a_clear_new_question_after_an_answer_is_answered_as_itself() {
        say(ATENSI);
        assertThat(say("berapa biaya kerja ke taiwan").intent()).isEqualTo("premig.costs");
    }

    @Test
    void the_topic_carries_over_for_ten_minutes() {
        say(ATENSI);
        clock.advance(Duration.ofMinutes(9));
        assertThat(say("gmn cara daftarnya").intent()).isEqualTo("atensi.access");
        clock.advance(Duration.ofMinutes(11));
        Turn late = say("gmn cara daftarnya");
        assertThat(late.intent()).isEqualTo("out_of_scope");
    }

    @Test
    void danger_in_a_short_follow_up_still_escalates_from_its_own_words() {
        say(ATENSI);
        Turn t = say("dia bawa pisau");
        assertThat(t.risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(f.caseStore.find(t.caseId().orElseThrow()).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(t.reply().orElseThrow().text()).contains("110");
    }

    @Test
    void a_follow_up_never_opens_a_case_or_offers_a_sign_of_exploitation_by_itself() {
        say(ATENSI);
        Turn t = say("terus gimana?"); // after the title it reads as violence: the message itself says nothing of it
        assertThat(t.caseId()).isEmpty();
        assertThat(t.risk()).isEqualTo(Risk.NONE);
        assertThat(payloads(t)).doesNotContain("tip.violence").startsWith("atensi.about");
        assertThat(f.caseStore.list(List.of(CaseStatus.OPEN))).isEmpty();
    }

    @Test
    void after_an_escalation_a_follow_up_goes_to_the_counselor_not_to_topic_choices_or_the_sign_again() {
        Turn opened = say(PASSPORT);
        long caseId = opened.caseId().orElseThrow();
        Turn t = say("terus gimana?"); // the counselor of the open case answers "what now?", not pre-departure topics
        assertThat(t.reply().orElseThrow().text()).contains("sudah kami teruskan ke konselor");
        assertThat(payloads(t)).containsExactly("/keluar", "/bantuan", "/menu");
        assertThat(f.caseStore.triggers(caseId)).containsExactly(opened.inboundId());
    }
}
