package id.hotline.dialog;

import id.hotline.config.Config;
import id.hotline.console.Outcome;
import id.hotline.domain.CaseStatus;
import id.hotline.domain.Channel;
import id.hotline.domain.Direction;
import id.hotline.domain.HelpCase;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.Reply;
import id.hotline.domain.Risk;
import id.hotline.domain.SessionState;
import id.hotline.domain.Suggestion;
import id.hotline.handoff.CaseListener;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.testing.EngineFixture;
import id.hotline.testing.MutableClock;
import id.hotline.testing.RecordingCaseListener;
import id.hotline.testing.ScriptedNlu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationEngineTest {
    private static final String PASSPORT = "paspor saya ditahan majikan";
    private static final String VAGUE = "gimana ya itu";
    private static final String ATENSI = "apa itu atensi";
    private static final String VAGUE_PASSPORT = "paspor sy gmn ya";
    private static final String SISTER_PASSPORT = "paspor adik saya ditahan majikan";
    private static final String ABROAD_PASSPORT = "saya di malaysia, paspor ditahan majikan";
    private static final String SISTER_ABROAD_PASSPORT = "adik saya di malaysia, paspornya ditahan majikan";
    private static final String OUT_OF_CONTACT = "anak saya di taiwan ga bisa dihubungi sejak lebaran, agennya juga ga jawab";
    private static final String SISTER_SUICIDAL = "kakak saya di malaysia bilang mau bunuh diri karena disiksa majikan";
    private static final String CHILD_EXPLOITED = "aku 16 tahun, disuruh nemenin tamu karaoke, ga boleh pulang";
    private static final String HUSBAND_DIED = "suami saya meninggal di malaysia, jenazahnya harus kami tebus sendiri";
    private static final String UNPAID_AND_SUICIDAL = "gaji 5 bulan ga dibayar, rasanya pengen mati aja";

    @TempDir
    Path dir;
    private EngineFixture f;

    private final ScriptedNlu nlu = new ScriptedNlu()
            .understands(ATENSI, "atensi.about", 0.9, "atensi.access", 0.05)
            .understands(VAGUE, "atensi.access", 0.30, "premig.costs", 0.28)
            .understands("tolong hapus semua chat sy", "privacy.delete", 0.9, "out_of_scope", 0.05)
            .understands("kapan data saya dihapus?", "privacy.delete", 0.9, "out_of_scope", 0.05)
            .understands(VAGUE_PASSPORT, "tip.passport_held", 0.30, "premig.documents", 0.28)
            .reads(PASSPORT, "tip.passport_held", 0.8, "tip.confinement", 0.1, Risk.ESCALATE, List.of("passport_held"))
            .reads("saya mau bunuh diri", "emergency.danger", 0.7, "tip.violence", 0.1, Risk.EMERGENCY, List.of("suicidal"))
            .reads("gaji ditahan, gimana cara pulang", "return.assistance", 0.7, "tip.wages_debt", 0.2, Risk.ESCALATE,
                    List.of("wages_withheld"))
            .reads(ABROAD_PASSPORT, "tip.passport_held", 0.9, "tip.confinement", 0.05, Risk.ESCALATE, List.of("passport_held"))
            .reads(SISTER_ABROAD_PASSPORT, "tip.passport_held", 0.9, "tip.confinement", 0.05, Risk.ESCALATE,
                    List.of("passport_held"))
            .reads(OUT_OF_CONTACT, "tip.confinement", 0.16, "abroad.embassy", 0.12, Risk.OFFER, List.of("lost_contact"))
            .reads(SISTER_SUICIDAL, "emergency.danger", 0.6, "tip.violence", 0.3, Risk.EMERGENCY, List.of("suicidal", "violence"))
            .reads(SISTER_PASSPORT, "tip.passport_held", 0.9, "tip.confinement", 0.05, Risk.ESCALATE, List.of("passport_held"))
            .reads(CHILD_EXPLOITED, "tip.violence", 0.9, "tip.confinement", 0.05, Risk.EMERGENCY,
                    List.of("confinement", "sexual_abuse", "minor"))
            .reads(HUSBAND_DIED, "return.assistance", 0.16, "tip.passport_held", 0.12, Risk.OFFER, List.of("death"))
            .reads(UNPAID_AND_SUICIDAL, "tip.wages_debt", 0.7, "emergency.danger", 0.2, Risk.EMERGENCY,
                    List.of("wages_withheld", "suicidal"))
            .reads("paspor sy masih ditahan majikan", "tip.passport_held", 0.9, "tip.confinement", 0.05, Risk.ESCALATE,
                    List.of("passport_held"));

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

    /** The engine at this Jakarta time, with these office hours (HOTLINE_OFFICE_HOURS). */
    private EngineFixture fixtureAt(String officeHours, String jakartaTime) {
        var hours = Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", officeHours)).officeHours();
        var clock = new MutableClock(LocalDateTime.parse(jakartaTime).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
        f = new EngineFixture(dir, nlu, hours::nextOpening, clock);
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
    void asks_which_topic_when_unsure_then_offers_the_likely_topics_menu_and_counselor_after_a_second_miss() {
        fixture(true);
        Turn first = say("u1", VAGUE);
        assertThat(first.reply().orElseThrow().suggestions()).extracting(Suggestion::payload)
                .startsWith("atensi.access", "premig.costs").contains("/bukan");
        Turn second = say("u1", VAGUE);
        assertThat(payloads(second)).startsWith("atensi.access", "premig.costs").contains("/menu", "/konselor");
        assertThat(second.reply().get().text()).contains("Mungkin tentang salah satu ini").doesNotEndWith(":");
        assertThat(second.caseId()).isEmpty();
        assertThat(say("u1", "2").intent()).as("a number picks one, as after the first question").isEqualTo("premig.costs");
    }

    @Test
    void a_second_miss_with_no_likely_topic_offers_the_menu_topics_and_never_ends_in_a_heading() {
        fixture(true);
        say("u1", "zzz qqq");
        Turn second = say("u1", "xxx yyy");
        assertThat(payloads(second)).contains("/topik persiapan", "/topik atensi", "/konselor");
        assertThat(second.reply().get().text()).contains("belum bisa memahami").doesNotEndWith(":").doesNotContain("Pilih topik");
    }

    @Test
    void escalates_when_passport_is_held_with_help_contacts_first() {
        fixture(true);
        Turn t = say("u1", PASSPORT);
        assertThat(t.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(t.indicators()).containsExactly("passport_held");
        String text = t.reply().orElseThrow().text();
        assertThat(text.indexOf("110")).isGreaterThanOrEqualTo(0).isLessThan(text.toLowerCase().indexOf("konselor"));
        assertThat(text.indexOf("akan membalas di chat ini")).as("who replies, before the long answer")
                .isPositive().isLessThan(text.indexOf("Paspor adalah milik Anda"));
        assertThat(t.reply().get().sensitive()).isTrue();
        HelpCase c = f.caseStore.find(t.caseId().orElseThrow()).orElseThrow();
        assertThat(c.priority()).isEqualTo(Priority.ESCALATE);
        assertThat(c.indicators()).containsExactly("passport_held");
        assertThat(f.caseStore.triggers(c.id())).containsExactly(t.inboundId());
    }

    @Test
    void a_sign_told_of_a_relative_says_how_to_pass_the_steps_on_safely() {
        fixture(true);
        String own = say("u1", PASSPORT).reply().orElseThrow().text();
        String sister = say("u2", SISTER_PASSPORT).reply().orElseThrow().text();
        assertThat(own).doesNotContain("keluarga atau teman Anda");
        assertThat(sister.indexOf("Kalau ini dialami keluarga atau teman Anda")).as("before the steps written for her")
                .isPositive().isLessThan(sister.indexOf("Paspor adalah milik Anda"));
        assertThat(sister).contains("Kirimkan hanya kalau aman");
    }

    @Test
    void a_child_exploited_is_an_emergency_case_with_the_line_for_children_first_and_the_signs_answer() {
        fixture(true);
        Turn t = say("u1", CHILD_EXPLOITED);
        HelpCase c = f.caseStore.find(t.caseId().orElseThrow()).orElseThrow();
        assertThat(c.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(c.indicators()).contains("minor");
        String text = t.reply().orElseThrow().text();
        assertThat(text.lines().filter(l -> l.startsWith("- ")).findFirst().orElseThrow()).startsWith("- SAPA 129");
        assertThat(text).contains("Ini bukan salah Anda"); // the violence answer, not the danger steps alone
    }

    @Test
    void a_family_told_of_a_death_gets_condolences_and_the_return_answer_even_when_the_classifier_is_unsure() {
        fixture(true);
        Turn t = say("u1", HUSBAND_DIED);
        String text = t.reply().orElseThrow().text();
        assertThat(text).startsWith("Kami turut berduka cita");
        assertThat(text).contains("PMI yang sakit atau meninggal").doesNotContain("kurang yakin");
        assertThat(payloads(t)).contains("/konselor");
        assertThat(t.caseId()).isEmpty();
        // in an open case the counselor has the chat: no condolences from the bot on top of the short reply
        say("u2", PASSPORT);
        assertThat(say("u2", HUSBAND_DIED).reply().orElseThrow().text()).doesNotContain("berduka");
    }

    @Test
    void a_job_offer_told_with_a_red_flag_starts_with_a_plain_warning() {
        fixture(true);
        String offer = "ada loker kerja admin di kamboja gaji 15jt, lewat bangkok pake visa turis";
        nlu.reads(offer, "premig.job_offer_check", 0.99, "tip.scam_compound", 0.005, Risk.OFFER, List.of("recruitment_red_flag"));
        String text = say("u1", offer).reply().orElseThrow().text();
        assertThat(text).startsWith("Hati-hati: yang Anda ceritakan punya tanda perekrutan tidak resmi");
        assertThat(text).contains("Bagus Anda cek dulu");
        nlu.understands("syarat kerja ke taiwan apa", "premig.requirements", 0.9, "premig.documents", 0.05);
        assertThat(say("u2", "syarat kerja ke taiwan apa").reply().orElseThrow().text()).doesNotContain("Hati-hati");
    }

        @Test
    void someone_abroad_gets_the_lines_that_work_from_abroad_first_and_the_police_last() {
        fixture(true);
        String abroad = say("u1", ABROAD_PASSPORT).reply().orElseThrow().text();
        String home = say("u2", PASSPORT).reply().orElseThrow().text();
        String sister = say("u3", SISTER_ABROAD_PASSPORT).reply().orElseThrow().text();
        String kemlu = "- Hotline Pelindungan WNI Kemlu";
        String police = "- Polisi (Polri): 110";
        assertThat(abroad.indexOf(kemlu)).as("Kemlu first").isPositive().isLessThan(abroad.indexOf("- Call center KP2MI dari luar"));
        assertThat(abroad.indexOf("- Call center KP2MI dari luar")).isLessThan(abroad.indexOf(police));
        assertThat(abroad.indexOf("- Call center KP2MI/BP2MI: 0800-1000")).isGreaterThan(abroad.indexOf(police));
        // the same lines, only in another order
        assertThat(abroad.lines().filter(l -> l.startsWith("- ")).sorted().toList())
                .isEqualTo(home.lines().filter(l -> l.startsWith("- ")).sorted().toList());
        // where the writer is not known, or the writer tells of a relative abroad: the police first
        assertThat(home.indexOf(police)).isLessThan(home.indexOf(kemlu));
        assertThat(sister.indexOf(police)).isLessThan(sister.indexOf(kemlu));
        // remembered: the emergency help button later in the same conversation lists them in the same order
        String later = press("u1", "/bantuan").reply().orElseThrow().text();
        assertThat(later.indexOf(kemlu)).isPositive().isLessThan(later.indexOf(police));
        String atHome = press("u2", "/bantuan").reply().orElseThrow().text();
        assertThat(atHome.indexOf(police)).isLessThan(atHome.indexOf(kemlu));
    }

    @Test
    void a_family_out_of_contact_gets_what_to_do_and_a_counselor_even_when_the_topic_is_unclear() {
        fixture(true);
        Turn t = say("u1", OUT_OF_CONTACT);
        String text = t.reply().orElseThrow().text();
        assertThat(t.intent()).isEqualTo("abroad.embassy");
        assertThat(text).contains("Keluarga hilang kontak").doesNotContain("kurang yakin");
        assertThat(payloads(t)).contains("/konselor");
        assertThat(t.caseId()).isEmpty();
    }

    @Test
    void thanks_while_a_case_is_open_is_no_goodbye() {
        nlu.understands("makasih kak", "smalltalk.thanks", 0.95, "smalltalk.greeting", 0.02);
        fixture(true);
        say("u1", PASSPORT);
        Turn thanks = say("u1", "makasih kak");
        assertThat(thanks.reply().orElseThrow().text()).contains("Kasus Anda tetap di konselor").doesNotContain("Semoga membantu");
        assertThat(payloads(thanks)).contains("/keluar", "/bantuan");
        assertThat(say("u2", "makasih kak").reply().orElseThrow().text()).contains("Semoga membantu");
    }

    @Test
    void the_menu_has_a_group_for_someone_with_a_problem_abroad() {
        fixture(true);
        assertThat(payloads(say("u1", "/menu"))).contains("/topik luar_negeri");
        assertThat(payloads(press("u1", "/topik luar_negeri")))
                .containsSubsequence("abroad.complaint", "abroad.embassy", "tip.report", "return.assistance");
    }

    @Test
    void the_privacy_answer_says_how_many_days_data_is_kept_as_the_service_is_set() {
        fixture(true);
        String text = press("u1", "privacy.delete").reply().orElseThrow().text();
        assertThat(text).contains("setelah 30 hari tanpa pesan", "180 hari setelah kasus ditutup").doesNotContain("{");
        Turn command = say("u2", "/privasi");
        assertThat(command.reply().orElseThrow().text()).isEqualTo(text);
        assertThat(payloads(command)).contains("/hapus", "/menu");
    }

    @Test
    void speaking_of_ending_ones_life_gets_the_crisis_line_first_with_the_other_signs_answer() {
        fixture(true);
        String both = say("u1", UNPAID_AND_SUICIDAL).reply().orElseThrow().text();
        String wages = EngineFixture.knowledgeBase().intents().get("tip.wages_debt").answer().get(Lang.ID).lines().findFirst().orElseThrow();
        assertThat(both.indexOf("Anda tidak sendiri. Hubungi healing119.id")).as("the crisis line")
                .isPositive().isLessThan(both.indexOf(wages));
        assertThat(both).as("before the help lines").startsWith("Kalau Anda ingin mengakhiri hidup");
        String alone = say("u2", "saya mau bunuh diri").reply().orElseThrow().text();
        assertThat(alone).contains("Anda tidak sendiri. Hubungi healing119.id").doesNotContain("Hemat baterai");
        String sister = say("u3", SISTER_SUICIDAL).reply().orElseThrow().text();
        assertThat(sister).startsWith("Kalau keluarga atau teman Anda ingin mengakhiri hidup, dia tidak sendiri")
                .doesNotContain("Kalau Anda ingin mengakhiri hidup");
    }

    @Test
    void asking_in_words_to_delete_gets_the_confirmation_and_asking_when_gets_the_privacy_answer() {
        fixture(true);
        Turn delete = say("u1", "tolong hapus semua chat sy");
        assertThat(delete.reply().orElseThrow().text()).contains("Yakin ingin menghapus");
        assertThat(payloads(delete)).contains("/hapus ya", "/hapus tidak");
        assertThat(say("u1", "/hapus ya").reply().orElseThrow().text()).contains("sudah dihapus");
        assertThat(say("u2", "kapan data saya dihapus?").reply().orElseThrow().text()).contains("30 hari");
    }

    @Test
    void deleting_ones_data_with_a_case_open_warns_that_the_case_goes_and_offers_the_quick_exit() {
        fixture(true);
        assertThat(say("u1", "/hapus").reply().orElseThrow().text()).doesNotContain("kasus");
        say("u2", PASSPORT);
        Turn asked = say("u2", "/hapus");
        assertThat(asked.reply().orElseThrow().text()).contains("kasus ikut terhapus", "Keluar cepat");
        assertThat(payloads(asked)).contains("/hapus ya", "/hapus tidak", "/keluar");
        // asked in words in the open case: the same, not "your message was passed on"
        Turn inWords = say("u2", "tolong hapus semua chat sy");
        assertThat(inWords.reply().orElseThrow().text()).contains("kasus ikut terhapus");
        // and right after another answer: no question whether it is still about that topic
        say("u3", ATENSI);
        assertThat(say("u3", "tolong hapus semua chat sy").reply().orElseThrow().text()).contains("Yakin ingin menghapus");
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
    void suicidal_words_in_a_chat_a_counselor_holds_get_the_crisis_line_first() {
        fixture(true);
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        f.cases.claim(caseId, "sari");
        String text = say("u1", "saya mau bunuh diri").reply().orElseThrow().text();
        assertThat(text).startsWith("Kalau Anda ingin mengakhiri hidup");
        assertThat(text.indexOf("healing119")).isLessThan(text.indexOf("Polisi"));
        assertThat(f.caseStore.find(caseId).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void asking_whether_one_may_ask_is_invited_to_ask_and_opens_no_case() {
        fixture(true);
        nlu.understands("min mau tanya dong", "human.request", 0.61, "smalltalk.greeting", 0.2);
        Turn t = say("u1", "min mau tanya dong");
        assertThat(t.caseId()).isEmpty();
        assertThat(t.reply().orElseThrow().text()).contains("Tulis pertanyaan atau cerita Anda");
        assertThat(payloads(t)).contains("/konselor");
    }

    @Test
    void in_a_chat_a_counselor_holds_a_topic_button_is_answered_and_asking_for_a_counselor_says_one_is_there() {
        fixture(true);
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        f.cases.claim(caseId, "sari");
        assertThat(payloads(say("u1", "/menu"))).doesNotContain("/konselor").isNotEmpty();
        assertThat(press("u1", "atensi.about").reply().orElseThrow().text()).contains("Asistensi Rehabilitasi Sosial");
        assertThat(say("u1", "/konselor").reply().orElseThrow().text()).contains("Seorang konselor sedang menangani");
        assertThat(say("u1", "halo kak").reply()).as("typed text still goes to the counselor only").isEmpty();
        f.cases.release(caseId, "sari");
        assertThat(f.delivered).anyMatch(t -> t.contains("harus berhenti sebentar"));
    }

    @Test
    void delete_typed_with_its_answer_out_of_the_blue_asks_first() {
        fixture(true);
        say("u1", PASSPORT);
        Turn typed = say("u1", "/hapus ya");
        assertThat(typed.reply().orElseThrow().text()).contains("kasus ikut terhapus");
        assertThat(f.cases.live(typed.conversationId())).isPresent();
        assertThat(press("u1", "/hapus ya").reply().orElseThrow().text()).contains("sudah dihapus");
    }

    @Test
    void a_message_the_bot_cannot_place_soon_after_a_case_was_closed_offers_a_counselor_again() {
        fixture(true);
        nlu.understands("kak? kok ditutup, aku masih di mess", "out_of_scope", 0.3, "tip.confinement", 0.2);
        Turn before = say("u2", "kak? kok ditutup, aku masih di mess");
        assertThat(before.reply().orElseThrow().text()).doesNotContain("sudah ditutup");
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        f.cases.claim(caseId, "sari");
        f.cases.close(caseId, "dirujuk");
        Turn t = say("u1", "kak? kok ditutup, aku masih di mess");
        assertThat(t.reply().orElseThrow().text()).contains("sudah ditutup");
        assertThat(payloads(t)).contains("/konselor", "/bantuan");
        assertThat(say("u1", ATENSI).intent()).as("a question it can place is answered").isEqualTo("atensi.about");
        // right after an answer too: the counselor comes before a follow-up of the last topic
        nlu.understands("trus gmn", "out_of_scope", 0.2, "atensi.access", 0.15);
        assertThat(payloads(say("u1", "trus gmn"))).contains("/konselor", "/bantuan");
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
    void status_after_office_hours_says_when_counselors_are_back() {
        fixture(false);
        say("u1", "/konselor");
        Turn status = say("u1", "/status");
        assertThat(status.reply().orElseThrow().text()).contains("menunggu konselor", "Konselor kembali bertugas besok");
        assertThat(payloads(status)).contains("/bantuan");
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
            assertThat(t.reply().orElseThrow().text()).contains("hanya bisa membaca tulisan");
            assertThat(t.reply().get().suggestions()).extracting(Suggestion::payload).contains("/konselor");
            assertThat(t.reply().get().text()).as("no file reaches a counselor").contains("tuliskan apa isinya")
                    .doesNotContain("bisa menerimanya");
        }
    }

    @Test
    void a_photo_in_an_open_case_asks_for_its_content_in_words_and_does_not_send_people_to_konselor_again() {
        fixture(false);
        say("u1", PASSPORT);
        for (MessageKind kind : List.of(MessageKind.PHOTO, MessageKind.DOCUMENT)) {
            Turn t = f.engine.handle(new InboundMessage(Channel.WEB, "u1", kind, "", null, Instant.now()));
            String text = t.reply().orElseThrow().text();
            assertThat(text).contains("tidak bisa dibuka").contains("tuliskan apa isinya").contains("Konselor sudah menerima")
                    .contains("Konselor kembali bertugas").doesNotContain("/konselor");
            assertThat(payloads(t)).containsExactly("/keluar", "/bantuan", "/menu");
        }
        say("u2", "/bahasa en");
        say("u2", PASSPORT);
        Turn english = f.engine.handle(new InboundMessage(Channel.WEB, "u2", MessageKind.PHOTO, "", null, Instant.now()));
        assertThat(english.reply().orElseThrow().text()).contains("Please write what it shows").doesNotContain("/konselor");
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
    void asking_in_words_for_the_other_language_switches_it_like_bahasa() {
        fixture(true);
        say("u1", "/bahasa en");
        Turn back = say("u1", "can you answer in bahasa?");
        assertThat(back.reply().orElseThrow().text()).startsWith("Baik, saya akan menjawab dalam Bahasa Indonesia");
        assertThat(say("u1", ATENSI).reply().orElseThrow().text()).doesNotContain("social rehabilitation");
        say("u1", "english please");
        assertThat(say("u1", ATENSI).reply().orElseThrow().text()).contains("social rehabilitation");
    }

    @Test
    void the_counselor_button_under_an_answer_is_a_request_like_konselor_not_a_trafficking_case() {
        fixture(true);
        Turn t = press("u1", "human.request");
        assertThat(f.caseStore.find(t.caseId().orElseThrow()).orElseThrow().priority()).isEqualTo(Priority.REQUEST);
        assertThat(t.reply().orElseThrow().text()).contains("saya hubungkan Anda dengan konselor").doesNotContain("perdagangan orang");
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
    void while_a_counselor_holds_the_chat_an_unsure_classifier_reading_of_danger_does_not_cut_in() {
        // answers to the counselor's "are you safe?" that the classifier alone reads as danger, unsure or sure
        nlu.reads("iya kak sy aman, majikan lg pergi", "emergency.danger", 0.56, "tip.confinement", 0.1, Risk.EMERGENCY,
                        List.of("emergency.danger"))
                .reads("dia mabuk mau pukul sy, sy kunci diri di kamar mandi", "emergency.danger", 0.91, "tip.violence", 0.05,
                        Risk.EMERGENCY, List.of("emergency.danger"));
        fixture(true);
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        f.cases.claim(caseId, "sari");
        assertThat(say("u1", "iya kak sy aman, majikan lg pergi").reply()).isEmpty();
        assertThat(f.caseStore.find(caseId).orElseThrow().priority()).isNotEqualTo(Priority.EMERGENCY);
        Turn sure = say("u1", "dia mabuk mau pukul sy, sy kunci diri di kamar mandi");
        assertThat(sure.reply().orElseThrow().text()).contains("110");
        assertThat(f.caseStore.find(caseId).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void an_unsure_reading_that_the_signs_found_point_at_too_chooses_the_answer() {
        String ransom = "anak saya diculik minta tebusan 50 juta dari kamboja, harus bayar gak?";
        nlu.reads(ransom, "tip.scam_compound", 0.35, "tip.wages_debt", 0.25, Risk.EMERGENCY,
                List.of("debt_bondage", "danger_now", "tip.scam_compound"));
        fixture(true);
        String reply = say("u1", ransom).reply().orElseThrow().text();
        assertThat(reply).contains("Kalau diminta uang tebusan, laporkan dulu").doesNotContain("Catat setiap bulan");
    }

    @Test
    void danger_in_a_held_chat_reaches_the_console_with_its_reading_before_the_case_is_raised() {
        fixture(true);
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        f.cases.claim(caseId, "sari");
        var console = new RecordingCaseListener();
        f.events.subscribe(console);
        Turn danger = say("u1", "saya mau bunuh diri");
        var shown = console.messages.stream().filter(m -> m.id() == danger.inboundId()).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(shown.get(0).intent()).isNotNull();
        assertThat(shown.get(0).indicators()).isNotEmpty();
        assertThat(console.events).contains(new RecordingCaseListener.Event(caseId, CaseListener.CaseEvent.REPRIORITISED));
    }

    @Test
    void while_a_counselor_holds_the_chat_the_persons_commands_still_work() {
        fixture(true);
        Turn opened = say("u1", PASSPORT);
        assertThat(payloads(say("u1", "/bantuan"))).as("before a counselor holds it").startsWith("/konselor");
        f.cases.claim(opened.caseId().orElseThrow(), "sari");
        Turn help = say("u1", "/bantuan");
        assertThat(help.reply().orElseThrow().text()).contains("110");
        assertThat(payloads(help)).as("a counselor is already there").containsExactly("/keluar", "/menu");
        say("u1", "/hapus");
        assertThat(say("u1", "ya").conversationDeleted()).isTrue();
        assertThat(f.conversations.find(opened.conversationId())).isEmpty();
    }

    @Test
    void off_duty_on_a_friday_evening_people_are_told_counselors_are_back_on_monday_not_tomorrow_morning() {
        fixtureAt("mon-fri 08:00-16:00", "2026-11-27T19:00");
        String first = say("u1", PASSPORT).reply().orElseThrow().text();
        assertThat(first).contains("110").contains("Sekarang di luar jam kerja konselor. Konselor kembali bertugas Senin "
                + "pukul 08.00 (WIB). Kalau mendesak, hubungi nomor 24 jam di atas.").doesNotContain("besok").doesNotContain("{");
        String later = say("u1", PASSPORT).reply().orElseThrow().text();
        assertThat(later).contains("sudah kami teruskan").contains("Konselor kembali bertugas Senin pukul 08.00 (WIB). "
                + "Kalau mendesak, tekan Bantuan darurat").doesNotContain("besok").doesNotContain("{");
    }

    @Test
    void off_duty_at_one_in_the_morning_counselors_are_back_today_in_the_readers_language() {
        fixtureAt("mon-fri 08:00-16:00", "2026-11-24T01:00");
        say("u1", "/bahasa en");
        assertThat(say("u1", "/konselor").reply().orElseThrow().text())
                .contains("Counselors are back today at 08:00 (WIB). If it is urgent, call the 24-hour lines above.")
                .doesNotContain("tomorrow");
        Reply danger = f.engine.overLimit(InboundMessage.text(Channel.WEB, "u1", "saya mau bunuh diri"), false).orElseThrow().reply();
        assertThat(danger.text()).contains("Counselors are back today at 08:00 (WIB).");
    }

    @Test
    void on_duty_around_the_clock_nobody_is_told_to_wait() {
        fixtureAt("mon-sun 00:00-24:00", "2026-11-29T03:00");
        assertThat(say("u1", PASSPORT).reply().orElseThrow().text()).contains("akan membalas di chat ini")
                .doesNotContain("di luar jam kerja");
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
        assertThat(plain.reply().orElseThrow().text()).contains("hanya bisa membaca tulisan");
    }

    @Test
    void crying_or_confused_input_gets_a_gentle_invitation_with_the_menu_and_a_counselor() {
        fixture(true);
        for (String text : List.of("😭😭😭🙏", "???", "...")) {
            Turn t = say("u1", text);
            assertThat(t.reply().orElseThrow().text()).as(text).doesNotStartWith("Terima kasih").contains("apa yang terjadi");
            assertThat(payloads(t)).as(text).contains("/topik persiapan", "/bantuan", "/konselor");
            assertThat(t.caseId()).isEmpty();
        }
    }

    @Test
    void asked_whether_it_is_a_bot_it_says_so_and_offers_a_counselor_without_opening_a_case() {
        nlu.reads("kamu manusia atau robot?", "human.request", 0.84, "out_of_scope", 0.1, Risk.ESCALATE,
                        List.of("human.request"))
                .reads("ini robot ya? saya butuh orang", "human.request", 0.95, "out_of_scope", 0.02, Risk.ESCALATE,
                        List.of("human.request"))
                .reads("kamu robot ya? dia bawa pisau", "emergency.danger", 0.8, "human.request", 0.1, Risk.EMERGENCY,
                        List.of("weapon"));
        fixture(true);
        Turn asked = say("u1", "kamu manusia atau robot?");
        assertThat(asked.reply().orElseThrow().text()).contains("program komputer (bot)").contains("Konselor kami manusia");
        assertThat(payloads(asked)).contains("/konselor");
        assertThat(asked.caseId()).isEmpty();
        assertThat(say("u2", "ini robot ya? saya butuh orang").caseId()).as("asking for a person").isPresent();
        assertThat(say("u3", "kamu robot ya? dia bawa pisau").risk()).as("danger comes first").isEqualTo(Risk.EMERGENCY);
        say("u4", PASSPORT);
        Turn inCase = say("u4", "kamu manusia atau robot?");
        assertThat(inCase.reply().orElseThrow().text()).as("asked in an open case").contains("program komputer (bot)");
        assertThat(payloads(inCase)).doesNotContain("/konselor");
    }

    @Test
    void crying_in_words_alone_gets_the_same_gentle_invitation_not_a_topic_guess() {
        nlu.understands("sedih banget", "reint.psychosocial", 0.71, "reint.about", 0.05);
        fixture(true);
        for (String text : List.of("hiks hiks", "huhuhu", "sedih banget", "hiks saya sedih banget 😢")) {
            Turn t = say("u1", text);
            assertThat(t.reply().orElseThrow().text()).as(text).contains("apa yang terjadi");
            assertThat(payloads(t)).as(text).contains("/konselor");
        }
        assertThat(say("u1", "hiks gimana cara daftar atensi").reply().orElseThrow().text()).doesNotContain("apa yang terjadi");
    }

    @Test
    void in_an_open_case_a_detail_without_its_own_topic_is_passed_to_the_counselor_and_a_clear_question_answered() {
        nlu.understands("sy di jeddah", "abroad.embassy", 0.85, "abroad.complaint", 0.05)
                .understands("nama agennya pak hendra", "premig.agency_check", 0.36, "premig.documents", 0.2)
                .understands("terima kasih kak", "smalltalk.thanks", 0.99, "smalltalk.greeting", 0.005);
        fixture(true);
        var console = new RecordingCaseListener();
        f.events.subscribe(console);
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        for (String text : List.of("sy di batam, di ruko dekat pelabuhan", "nama agennya pak hendra", "sy di jeddah",
                "ada 20 org perempuan lain juga", "hiks hiks", "😭")) {
            Turn t = say("u1", text);
            String reply = t.reply().orElseThrow().text();
            assertThat(reply).as(text).contains("sudah kami teruskan ke konselor").doesNotContain("kurang yakin")
                    .doesNotContain("Lapor Diri");
            assertThat(payloads(t)).as(text).containsExactly("/keluar", "/bantuan", "/menu");
            assertThat(t.caseId()).as(text).contains(caseId);
            assertThat(console.messages).extracting(m -> m.text()).as(text).contains(text);
        }
        assertThat(f.caseStore.find(caseId).orElseThrow().priority()).as("a detail raises nothing").isEqualTo(Priority.ESCALATE);
        Turn question = say("u1", ATENSI);
        assertThat(question.reply().orElseThrow().text()).contains("Asistensi Rehabilitasi Sosial");
        assertThat(say("u1", "terima kasih kak").reply().orElseThrow().text()).contains("Kasus Anda tetap di konselor");
        assertThat(say("u1", "/status").reply().orElseThrow().text()).doesNotContain("sudah kami teruskan ke konselor");
        Turn danger = say("u1", "saya mau bunuh diri");
        assertThat(danger.reply().orElseThrow().text()).contains("Keselamatan Anda").contains("110");
        assertThat(f.caseStore.find(caseId).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(say("u2", "sy di jeddah").reply().orElseThrow().text()).as("without a case: answered")
                .doesNotContain("sudah kami teruskan");
    }

    @Test
    void asking_for_a_counselor_reads_as_one_reply_with_one_opener() {
        fixture(true);
        String text = say("u1", "/konselor").reply().orElseThrow().text();
        assertThat(text.split("Baik", -1)).as(text).hasSize(2);
        assertThat(text).contains("110").contains("Sambil menunggu");
        nlu.understands("bisa ngobrol sama orang beneran ga", "human.request", 0.9, "smalltalk.greeting", 0.05);
        String typed = say("u3", "bisa ngobrol sama orang beneran ga").reply().orElseThrow().text();
        assertThat(typed).as("asked in words, the same reply").isEqualTo(text);
        say("u2", "/bahasa en");
        String english = say("u2", "/konselor").reply().orElseThrow().text();
        assertThat(english.split("All right|Okay", -1)).as(english).hasSize(2);
    }

    @Test
    void a_later_risky_message_in_the_same_case_gets_a_short_reply_and_danger_now_still_the_emergency_lines() {
        fixture(true);
        String full = say("u1", PASSPORT).reply().orElseThrow().text();
        assertThat(full).contains("110").contains("bukan salah Anda");
        Turn again = say("u1", "paspor sy masih ditahan majikan");
        String text = again.reply().orElseThrow().text();
        assertThat(text).contains("sudah kami teruskan").doesNotContain("110").doesNotContain("bukan salah Anda");
        assertThat(text.length()).isLessThan(300);
        assertThat(payloads(again)).startsWith("/keluar").contains("/bantuan");
        assertThat(again.reply().get().sensitive()).isTrue();
        Turn newSign = say("u1", "gaji ditahan, gimana cara pulang");
        assertThat(newSign.reply().orElseThrow().text()).as("a new sign: its answer after the short reply")
                .startsWith(text).contains("bantuan pulang").doesNotContain("bukan salah Anda").doesNotContain("110");
        assertThat(payloads(newSign)).startsWith("/keluar").contains("/bantuan");
        Turn danger = say("u1", "saya mau bunuh diri");
        assertThat(danger.reply().orElseThrow().text()).contains("Keselamatan Anda").contains("110");
    }

    @Test
    void in_an_open_case_hello_says_where_the_case_is_and_thanks_offers_no_second_counselor() {
        nlu.understands("halo? ada orang ga", "smalltalk.greeting", 0.9, "human.request", 0.05)
                .understands("makasih kak", "smalltalk.thanks", 0.99, "smalltalk.greeting", 0.005);
        fixture(true);
        say("u1", PASSPORT);
        Turn hello = say("u1", "halo? ada orang ga");
        assertThat(hello.reply().orElseThrow().text()).contains("sudah kami teruskan ke konselor");
        assertThat(payloads(hello)).startsWith("/keluar");
        Turn thanks = say("u1", "makasih kak");
        assertThat(thanks.intent()).isEqualTo("smalltalk.thanks");
        assertThat(payloads(thanks)).doesNotContain("/konselor").contains("/menu");
        assertThat(payloads(say("u2", "makasih kak"))).as("without a case").contains("/konselor");
    }

    @Test
    void a_counselor_request_no_one_took_yet_can_be_taken_back_in_words_but_a_case_with_a_sign_cannot() {
        fixture(true);
        long request = say("u1", "/konselor").caseId().orElseThrow();
        Turn back = say("u1", "ga jadi deh, batal aja");
        assertThat(back.reply().orElseThrow().text()).contains("sudah dibatalkan");
        assertThat(payloads(back)).contains("/menu", "/konselor");
        HelpCase closed = f.caseStore.find(request).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(Outcome.parse(closed.outcome())).isEqualTo(Outcome.WITHDRAWN);
        assertThat(say("u1", "/konselor").caseId()).as("asking again opens a new request").isPresent().isNotEqualTo(
                java.util.Optional.of(request));

        long sign = say("u2", PASSPORT).caseId().orElseThrow();
        say("u2", "batal");
        assertThat(f.caseStore.find(sign).orElseThrow().status()).as("a sign stays with the counselors").isEqualTo(CaseStatus.OPEN);
        long taken = say("u3", "/konselor").caseId().orElseThrow();
        f.cases.claim(taken, "sari");
        say("u3", "batal");
        assertThat(f.caseStore.find(taken).orElseThrow().status()).as("a counselor has it").isEqualTo(CaseStatus.CLAIMED);
    }

    @Test
    void the_first_sign_of_exploitation_in_a_case_opened_by_a_request_gets_the_full_reply() {
        fixture(true);
        say("u1", "/konselor");
        assertThat(say("u1", PASSPORT).reply().orElseThrow().text()).contains("bukan salah Anda").contains("110");
        assertThat(say("u1", "/konselor").reply().orElseThrow().text()).contains("sudah kami teruskan").doesNotContain("110");
    }

    @Test
    void off_duty_the_short_reply_says_when_a_counselor_can_reply_and_where_the_help_lines_are() {
        fixture(false);
        say("u1", PASSPORT);
        Turn again = say("u1", PASSPORT);
        assertThat(again.reply().orElseThrow().text()).contains("di luar jam kerja").contains("Bantuan darurat")
                .doesNotContain("di atas");
        assertThat(payloads(again)).contains("/bantuan");
    }

    @Test
    void no_answer_or_escalation_reply_tells_people_to_press_a_button_it_does_not_show() {
        KnowledgeBase kb = EngineFixture.knowledgeBase();
        for (Lang lang : Lang.values()) {
            Replies r = new Replies(kb, SessionState.NEW.chosenLang(lang));
            Duty onDuty = new Duty(Instant.now(), java.util.Optional.empty());
            Duty offDuty = new Duty(Instant.now(), java.util.Optional.of(java.time.ZonedDateTime.now().plusHours(3)));
            for (var intent : kb.intents().values()) {
                assertShowsTheButtonsItNames(kb, lang, r.escalation("escalation_intro", intent.id(), false, onDuty, new Replies.Framing(false, false, false)), intent.id());
                assertShowsTheButtonsItNames(kb, lang, r.escalation("counselor_request_intro", intent.id(), true, offDuty, new Replies.Framing(true, false, false)), intent.id());
                assertShowsTheButtonsItNames(kb, lang, r.answer(intent.id(), intent.risk() == Risk.OFFER), intent.id());
            }
        }
    }

    private static void assertShowsTheButtonsItNames(KnowledgeBase kb, Lang lang, Reply reply, String intent) {
        List<String> shown = reply.suggestions().stream().map(Suggestion::label).toList();
        for (String key : kb.messages().keySet()) {
            String label = kb.message(key, lang);
            if (key.startsWith("btn_") && !shown.contains(label)) {
                assertThat(reply.text()).as(intent + " " + lang + ": " + label)
                        .doesNotContain("tombol " + label).doesNotContain("press " + label).doesNotContain("press the " + label);
            }
        }
    }

    @Test
    void a_message_over_the_rate_limit_in_an_open_case_is_kept_and_shown_to_the_counselor() {
        fixture(true);
        var console = new RecordingCaseListener();
        f.events.subscribe(console);
        Turn opened = say("u1", PASSPORT);
        Reply notice = f.engine.overLimit(InboundMessage.text(Channel.WEB, "u1", "alamat saya jalan mawar 5"), true).orElseThrow().reply();
        assertThat(notice.text()).contains("sudah kami simpan").contains("Di luar negeri").contains("Kemlu");
        var stored = f.conversations.messages(opened.conversationId(), 0, 100);
        assertThat(stored.get(stored.size() - 1).text()).as("kept, and not answered").isEqualTo("alamat saya jalan mawar 5");
        assertThat(stored.get(stored.size() - 1).direction()).isEqualTo(Direction.IN);
        assertThat(console.messages).extracting(m -> m.text()).contains("alamat saya jalan mawar 5");
    }

    @Test
    void over_the_rate_limit_without_a_case_nothing_is_kept_and_the_notice_names_help_at_home_and_abroad() {
        fixture(true);
        Turn first = say("u1", ATENSI);
        Reply notice = f.engine.overLimit(InboundMessage.text(Channel.WEB, "u1", "halo lagi"), true).orElseThrow().reply();
        assertThat(notice.text()).contains("Tunggu sebentar").contains("di Indonesia, telepon polisi di 110")
                .contains("Di luar negeri").contains("Kemlu");
        assertThat(f.conversations.messages(first.conversationId(), 0, 100)).hasSize(2);
        say("u2", "/bahasa en");
        assertThat(f.engine.overLimit(InboundMessage.text(Channel.WEB, "u2", "hello again"), true).orElseThrow().reply().text()).contains("Abroad");
    }

    @Test
    void danger_over_the_rate_limit_in_an_open_case_still_raises_it_and_shows_the_emergency_lines() {
        fixture(false);
        long caseId = say("u1", PASSPORT).caseId().orElseThrow();
        // a channel that already gave the over-limit notice this minute asks for none: danger still gets its lines
        OverLimitReply over = f.engine.overLimit(InboundMessage.text(Channel.WEB, "u1", "saya mau bunuh diri"), false).orElseThrow();
        Reply r = over.reply();
        assertThat(r.text()).contains("110").contains("sudah kami teruskan").contains("di luar jam kerja");
        var stored = f.conversations.messages(f.caseStore.find(caseId).orElseThrow().conversationId(), 0, 100);
        assertThat(over.messageId()).as("the stored reply's id, for the page to show it once").isEqualTo(stored.get(stored.size() - 1).id());
        assertThat(stored.get(stored.size() - 1).text()).isEqualTo(r.text());
        assertThat(f.caseStore.find(caseId).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void without_a_notice_asked_for_a_message_over_the_limit_gets_no_reply_but_is_still_kept_in_a_case() {
        fixture(true);
        Turn opened = say("u1", PASSPORT);
        Turn other = say("u2", ATENSI);
        assertThat(f.engine.overLimit(InboundMessage.text(Channel.WEB, "u1", "alamat saya jalan mawar 5"), false)).isEmpty();
        assertThat(f.engine.overLimit(InboundMessage.text(Channel.WEB, "u2", "halo lagi"), false)).isEmpty();
        var stored = f.conversations.messages(opened.conversationId(), 0, 100);
        assertThat(stored.get(stored.size() - 1).text()).isEqualTo("alamat saya jalan mawar 5");
        assertThat(f.conversations.messages(other.conversationId(), 0, 100)).hasSize(2);
    }

    @Test
    void an_english_conversation_stays_english_when_a_message_names_an_indonesian_programme() {
        String report = "Hi, how do I report a trafficking case?";
        String desmigratif = "what is the Desa Migran Produktif program";
        nlu.understands(report, "tip.report", 0.9, "tip.about", 0.05).writtenIn(report, Lang.EN, true)
                .understands(desmigratif, "reint.desmigratif", 0.99, "reint.business_capital", 0.005)
                .writtenIn(desmigratif, Lang.ID, false);
        fixture(true);
        say("u1", report);
        Turn t = say("u1", desmigratif);
        assertThat(t.reply().orElseThrow().text()).contains(firstLine("reint.desmigratif", Lang.EN));
    }

    @Test
    void hello_alone_opens_in_english_but_a_short_english_word_does_not_switch_an_indonesian_conversation() {
        nlu.understands("hello", "smalltalk.greeting", 0.99, "smalltalk.thanks", 0.005).writtenIn("hello", Lang.EN, true)
                .understands("thanks", "smalltalk.thanks", 0.99, "smalltalk.greeting", 0.005).writtenIn("thanks", Lang.EN, true);
        fixture(true);
        assertThat(say("u1", "hello").reply().orElseThrow().text()).contains(firstLine("smalltalk.greeting", Lang.EN));
        say("u2", ATENSI);
        assertThat(say("u2", "thanks").reply().orElseThrow().text()).contains(firstLine("smalltalk.thanks", Lang.ID));
    }

    private static String firstLine(String intent, Lang lang) {
        return EngineFixture.knowledgeBase().intents().get(intent).answer().get(lang).lines().findFirst().orElseThrow();
    }
}
