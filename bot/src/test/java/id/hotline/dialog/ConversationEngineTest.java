package id.hotline.dialog;

import id.hotline.domain.CaseStatus;
import id.hotline.domain.Channel;
import id.hotline.domain.Direction;
import id.hotline.domain.HelpCase;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.Risk;
import id.hotline.domain.Suggestion;
import id.hotline.testing.EngineFixture;
import id.hotline.testing.ScriptedNlu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationEngineTest {
    private static final String PASSPORT = "paspor saya ditahan majikan";
    private static final String VAGUE = "gimana ya itu";
    private static final String ATENSI = "apa itu atensi";
    private static final String VAGUE_PASSPORT = "paspor sy gmn ya";

    @TempDir
    Path dir;
    private EngineFixture f;

    private final ScriptedNlu nlu = new ScriptedNlu()
            .understands(ATENSI, "atensi.about", 0.9, "atensi.access", 0.05)
            .understands(VAGUE, "atensi.access", 0.30, "premig.costs", 0.28)
            .understands(VAGUE_PASSPORT, "tip.passport_held", 0.30, "premig.documents", 0.28)
            .reads(PASSPORT, "tip.passport_held", 0.8, "tip.confinement", 0.1, Risk.ESCALATE, List.of("passport_held"))
            .reads("saya mau bunuh diri", "emergency.danger", 0.7, "tip.violence", 0.1, Risk.EMERGENCY, List.of("suicidal"))
            .reads("gaji ditahan, gimana cara pulang", "return.assistance", 0.7, "tip.wages_debt", 0.2, Risk.ESCALATE,
                    List.of("wages_withheld"));

    private Turn say(String user, String text) {
        return f.engine.handle(InboundMessage.text(Channel.WEB, user, text));
    }

    private Turn press(String user, String payload) {
        return f.engine.handle(new InboundMessage(Channel.WEB, user, MessageKind.BUTTON, payload, null, Instant.now()));
    }

    private static List<String> payloads(Turn t) {
        return t.reply().orElseThrow().suggestions().stream().map(Suggestion::payload).toList();
    }

    private EngineFixture fixture(boolean officeOpen) {
        f = new EngineFixture(dir, nlu, officeOpen);
        return f;
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void answers_a_confident_question_from_the_knowledge_base() {
        fixture(true);
        Turn t = say("u1", ATENSI);
        assertThat(t.intent()).isEqualTo("atensi.about");
        assertThat(t.reply().orElseThrow().text()).contains("Asistensi Rehabilitasi Sosial").contains("171");
        assertThat(t.reply().get().suggestions()).extracting(Suggestion::payload).contains("atensi.access");
        assertThat(t.caseId()).isEmpty();
    }

    @Test
    void stores_the_inbound_message_with_its_reading_and_the_reply() {
        fixture(true);
        Turn t = say("u1", ATENSI);
        var messages = f.conversations.messages(t.conversationId(), 0, 10);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).direction()).isEqualTo(Direction.IN);
        assertThat(messages.get(0).text()).isEqualTo(ATENSI);
        assertThat(messages.get(0).intent()).isEqualTo("atensi.about");
        assertThat(messages.get(0).confidence()).isEqualTo(0.9);
        assertThat(messages.get(1).direction()).isEqualTo(Direction.OUT);
    }

    @Test
    void asks_which_topic_when_unsure_then_offers_menu_and_counselor_after_a_second_miss() {
        fixture(true);
        Turn first = say("u1", VAGUE);
        assertThat(first.reply().orElseThrow().suggestions()).extracting(Suggestion::payload)
                .startsWith("atensi.access", "premig.costs").contains("/bukan");
        Turn second = say("u1", VAGUE);
        assertThat(second.reply().orElseThrow().suggestions()).extracting(Suggestion::payload)
                .contains("/konselor", "/topik persiapan");
        assertThat(second.caseId()).isEmpty();
    }

    @Test
    void escalates_when_passport_is_held_with_help_contacts_first() {
        fixture(true);
        Turn t = say("u1", PASSPORT);
        assertThat(t.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(t.indicators()).containsExactly("passport_held");
        String text = t.reply().orElseThrow().text();
        assertThat(text.indexOf("110")).isGreaterThanOrEqualTo(0).isLessThan(text.toLowerCase().indexOf("konselor"));
        assertThat(t.reply().get().sensitive()).isTrue();
        HelpCase c = f.caseStore.find(t.caseId().orElseThrow()).orElseThrow();
        assertThat(c.priority()).isEqualTo(Priority.ESCALATE);
        assertThat(c.indicators()).containsExactly("passport_held");
        assertThat(f.caseStore.triggers(c.id())).containsExactly(t.inboundId());
    }

    @Test
    void repeated_danger_messages_update_one_case_and_raise_its_priority() {
        fixture(true);
        Turn a = say("u1", PASSPORT);
        Turn b = say("u1", PASSPORT);
        Turn c = say("u1", "saya mau bunuh diri");
        assertThat(b.caseId()).isEqualTo(a.caseId());
        assertThat(c.caseId()).isEqualTo(a.caseId());
        assertThat(f.caseStore.list(List.of(CaseStatus.OPEN))).hasSize(1);
        HelpCase live = f.caseStore.find(a.caseId().orElseThrow()).orElseThrow();
        assertThat(live.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(live.indicators()).containsExactly("passport_held", "suicidal");
        assertThat(b.reply().orElseThrow().text()).contains("sudah kami teruskan");
    }

    @Test
    void an_ordinary_question_that_reveals_exploitation_escalates_and_still_answers_the_question() {
        fixture(true);
        Turn t = say("u1", "gaji ditahan, gimana cara pulang");
        assertThat(t.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(t.caseId()).isPresent();
        String expectedAnswer = EngineFixture.knowledgeBase().intents().get("return.assistance").answer()
                .get(id.hotline.domain.Lang.ID).lines().findFirst().orElseThrow();
        assertThat(t.reply().orElseThrow().text()).contains(expectedAnswer);
    }

    @Test
    void says_honestly_when_counselors_are_off_duty() {
        fixture(false);
        Turn t = say("u1", PASSPORT);
        assertThat(t.reply().orElseThrow().text()).contains("di luar jam kerja");
    }

    @Test
    void stays_silent_while_a_counselor_holds_the_chat_and_answers_again_after_close() {
        fixture(true);
        Turn opened = say("u1", "/konselor");
        long caseId = opened.caseId().orElseThrow();
        assertThat(f.caseStore.find(caseId).orElseThrow().priority()).isEqualTo(Priority.REQUEST);
        f.cases.claim(caseId, "sari");
        f.cases.counselorSays(caseId, "sari", "Halo, saya Sari.");
        Turn during = say("u1", ATENSI);
        assertThat(during.reply()).isEmpty();
        var stored = f.conversations.messages(during.conversationId(), during.inboundId() - 1, 5);
        assertThat(stored).extracting(m -> m.text()).containsExactly(ATENSI);
        f.cases.close(caseId, "informasi diberikan");
        assertThat(f.delivered).anyMatch(t -> t.contains("Halo, saya Sari.")).anyMatch(t -> t.contains("menutup percakapan"));
        Turn after = say("u1", ATENSI);
        assertThat(after.reply()).isPresent();
        assertThat(after.intent()).isEqualTo("atensi.about");
    }

    @Test
    void status_tells_the_person_where_their_case_is() {
        fixture(true);
        assertThat(say("u1", "/status").reply().orElseThrow().text()).contains("tidak punya kasus");
        long caseId = say("u1", "/konselor").caseId().orElseThrow();
        assertThat(say("u1", "/status").reply().orElseThrow().text()).contains("menunggu konselor");
        f.cases.claim(caseId, "sari");
        f.cases.close(caseId, "selesai");
        assertThat(say("u1", "/status").reply().orElseThrow().text()).contains("tidak punya kasus");
    }

    @Test
    void delete_asks_for_confirmation_then_removes_every_message() {
        fixture(true);
        Turn first = say("u1", ATENSI);
        Turn ask = say("u1", "/hapus");
        assertThat(ask.reply().orElseThrow().suggestions()).extracting(Suggestion::payload).contains("/hapus ya", "/hapus tidak");
        assertThat(f.conversations.find(first.conversationId())).isPresent();
        say("u1", "/hapus ya");
        assertThat(f.conversations.find(first.conversationId())).isEmpty();
        assertThat(f.conversations.messages(first.conversationId(), 0, 100)).isEmpty();
    }

    @Test
    void a_button_press_answers_that_topic_and_a_risky_topic_button_escalates() {
        fixture(true);
        Turn t = f.engine.handle(new InboundMessage(Channel.WEB, "u1", MessageKind.BUTTON, "premig.costs", null, Instant.now()));
        assertThat(t.intent()).isEqualTo("premig.costs");
        assertThat(t.confidence()).isEqualTo(1.0);
        Turn danger = f.engine.handle(new InboundMessage(Channel.WEB, "u1", MessageKind.BUTTON, "emergency.danger", null, Instant.now()));
        assertThat(danger.risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(f.caseStore.find(danger.caseId().orElseThrow()).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void photos_and_voice_notes_get_a_text_explanation_with_a_counselor_button() {
        fixture(true);
        for (MessageKind kind : List.of(MessageKind.PHOTO, MessageKind.VOICE, MessageKind.DOCUMENT)) {
            Turn t = f.engine.handle(new InboundMessage(Channel.WEB, "u1", kind, "", null, Instant.now()));
            assertThat(t.reply().orElseThrow().text()).contains("hanya bisa membaca pesan tulisan");
            assertThat(t.reply().get().suggestions()).extracting(Suggestion::payload).contains("/konselor");
        }
    }

    @Test
    void the_first_answer_offers_english_and_pressing_it_answers_in_english_from_then_on() {
        fixture(true);
        Turn first = say("u1", ATENSI);
        assertThat(first.reply().orElseThrow().suggestions()).last().isEqualTo(new Suggestion("/bahasa en", "English"));
        assertThat(say("u1", ATENSI).reply().orElseThrow().suggestions()).extracting(Suggestion::payload)
                .noneMatch(p -> p.startsWith("/bahasa"));

        Turn switched = f.engine.handle(new InboundMessage(Channel.WEB, "u1", MessageKind.BUTTON, "/bahasa en", null,
                Instant.now()));
        assertThat(switched.reply().orElseThrow().text()).isEqualTo("OK, I will answer in English.");
        assertThat(switched.reply().get().suggestions()).containsExactly(new Suggestion("atensi.about", "What is ATENSI"),
                new Suggestion("/menu", "Main menu"));

        Turn next = say("u1", ATENSI);
        assertThat(next.reply().orElseThrow().text()).contains("social rehabilitation");
        assertThat(next.reply().get().suggestions()).extracting(Suggestion::payload).noneMatch(p -> p.startsWith("/bahasa"));
    }

    @Test
    void the_menu_always_offers_the_other_language() {
        fixture(true);
        assertThat(say("u1", "/menu").reply().orElseThrow().suggestions()).last()
                .isEqualTo(new Suggestion("/bahasa en", "English"));
        say("u1", "/bahasa en");
        Turn menu = say("u1", "/menu");
        assertThat(menu.reply().orElseThrow().text()).isEqualTo("Choose a topic:");
        assertThat(menu.reply().get().suggestions()).last().isEqualTo(new Suggestion("/bahasa id", "Bahasa Indonesia"));
        say("u1", "/bahasa id");
        assertThat(say("u1", "/start").reply().orElseThrow().suggestions()).last()
                .isEqualTo(new Suggestion("/bahasa en", "English"));
    }

    @Test
    void a_first_question_the_bot_is_unsure_about_also_offers_the_other_language() {
        fixture(true);
        assertThat(say("u1", VAGUE).reply().orElseThrow().suggestions()).extracting(Suggestion::payload)
                .startsWith("atensi.access").contains("/bukan").endsWith("/bahasa en");
    }

    @Test
    void switching_language_after_an_escalation_does_not_offer_the_risky_topic_again() {
        fixture(true);
        say("u1", PASSPORT);
        Turn switched = say("u1", "/bahasa en");
        assertThat(switched.reply().orElseThrow().suggestions()).extracting(Suggestion::payload).containsExactly("/menu");
        assertThat(f.caseStore.list(List.of(CaseStatus.OPEN))).hasSize(1);
    }

    @Test
    void language_can_be_switched_to_english() {
        fixture(true);
        say("u1", "/bahasa en");
        Turn t = say("u1", ATENSI);
        assertThat(t.reply().orElseThrow().text()).contains("social rehabilitation");
    }

    @Test
    void the_counselor_button_under_an_answer_is_a_request_like_konselor_not_a_trafficking_case() {
        fixture(true);
        Turn t = press("u1", "human.request");
        assertThat(f.caseStore.find(t.caseId().orElseThrow()).orElseThrow().priority()).isEqualTo(Priority.REQUEST);
        assertThat(t.reply().orElseThrow().text()).contains("saya hubungkan dengan konselor").doesNotContain("perdagangan orang");
        Turn thanks = press("u2", "smalltalk.thanks");
        assertThat(payloads(thanks)).contains("/konselor").doesNotContain("human.request");
    }

    @Test
    void a_sign_of_exploitation_looked_up_from_a_button_offers_a_counselor_but_opens_no_case() {
        fixture(true);
        press("u1", "premig.documents");
        Turn t = press("u1", "tip.passport_held");
        assertThat(t.caseId()).isEmpty();
        assertThat(t.risk()).isEqualTo(Risk.OFFER);
        assertThat(payloads(t)).startsWith("/konselor").contains("/keluar");
        assertThat(t.reply().orElseThrow().text()).contains("/konselor");
        assertThat(f.caseStore.list(List.of(CaseStatus.OPEN))).isEmpty();
    }

    @Test
    void a_sign_of_exploitation_chosen_to_say_what_ones_own_message_meant_opens_a_case() {
        fixture(true);
        Turn ask = say("u1", VAGUE_PASSPORT);
        assertThat(payloads(ask)).contains("tip.passport_held");
        Turn t = press("u1", "tip.passport_held");
        assertThat(t.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(f.caseStore.find(t.caseId().orElseThrow()).orElseThrow().priority()).isEqualTo(Priority.ESCALATE);
    }

    @Test
    void a_number_typed_after_a_clarifying_question_picks_that_topic() {
        fixture(true);
        say("u1", VAGUE);
        Turn t = say("u1", "2");
        assertThat(t.intent()).isEqualTo("premig.costs");
        assertThat(say("u1", "2").intent()).isNotEqualTo("premig.costs"); // no question pending any more
    }

    @Test
    void ya_or_tidak_typed_after_the_delete_question_answers_it() {
        fixture(true);
        Turn first = say("u1", ATENSI);
        say("u1", "/hapus");
        assertThat(say("u1", "tidak").reply().orElseThrow().text()).contains("tidak dihapus");
        assertThat(f.conversations.find(first.conversationId())).isPresent();
        assertThat(say("u1", "ya").reply()).isPresent(); // not a delete question any more: an ordinary message
        assertThat(f.conversations.find(first.conversationId())).isPresent();
        say("u1", "/hapus");
        Turn done = say("u1", "Iya!");
        assertThat(done.conversationDeleted()).isTrue();
        assertThat(f.conversations.find(first.conversationId())).isEmpty();
    }

    @Test
    void while_a_counselor_holds_the_chat_danger_still_gets_the_emergency_lines_and_raises_the_case() {
        fixture(true);
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        f.cases.claim(caseId, "sari");
        assertThat(say("u1", ATENSI).reply()).isEmpty();
        Turn danger = say("u1", "saya mau bunuh diri");
        assertThat(danger.reply().orElseThrow().text()).contains("110").contains("sudah diberi tahu");
        assertThat(payloads(danger)).contains("/keluar");
        HelpCase c = f.caseStore.find(caseId).orElseThrow();
        assertThat(c.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(c.status()).isEqualTo(CaseStatus.CLAIMED);
        var stored = f.conversations.messages(danger.conversationId(), danger.inboundId() - 1, 5);
        assertThat(stored).extracting(m -> m.direction()).containsExactly(Direction.IN, Direction.OUT);
    }

    @Test
    void while_a_counselor_holds_the_chat_the_persons_commands_still_work() {
        fixture(true);
        Turn opened = say("u1", PASSPORT);
        f.cases.claim(opened.caseId().orElseThrow(), "sari");
        assertThat(say("u1", "/bantuan").reply().orElseThrow().text()).contains("110");
        say("u1", "/hapus");
        assertThat(say("u1", "ya").conversationDeleted()).isTrue();
        assertThat(f.conversations.find(opened.conversationId())).isEmpty();
    }

    @Test
    void off_duty_is_said_again_when_a_new_danger_message_joins_an_open_case() {
        fixture(false);
        say("u1", PASSPORT);
        Turn again = say("u1", "saya mau bunuh diri");
        assertThat(again.reply().orElseThrow().text()).contains("sudah kami teruskan").contains("di luar jam kerja");
    }

    @Test
    void the_privacy_answer_has_the_delete_button_it_tells_people_to_press() {
        fixture(true);
        Turn t = press("u1", "privacy.delete");
        assertThat(payloads(t)).contains("/hapus");
        assertThat(t.reply().orElseThrow().suggestions()).anyMatch(s -> s.payload().equals("/hapus") && s.label().equals("Hapus data saya"));
    }

    @Test
    void a_photo_whose_caption_reports_exploitation_opens_a_case() {
        fixture(true);
        Turn t = f.engine.handle(new InboundMessage(Channel.WEB, "u1", MessageKind.PHOTO, PASSPORT, null, Instant.now()));
        assertThat(t.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(f.caseStore.find(t.caseId().orElseThrow()).orElseThrow().indicators()).containsExactly("passport_held");
        Turn plain = f.engine.handle(new InboundMessage(Channel.WEB, "u2", MessageKind.PHOTO, "", null, Instant.now()));
        assertThat(plain.reply().orElseThrow().text()).contains("hanya bisa membaca pesan tulisan");
    }
}
