package id.hotline.console;

import id.hotline.domain.CaseStatus;
import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Direction;
import id.hotline.domain.HelpCase;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.StoredMessage;
import id.hotline.handoff.CaseEvents;
import id.hotline.handoff.CaseService;
import id.hotline.store.sqlite.SqliteCaseRecordStore;
import id.hotline.store.sqlite.SqliteCaseStore;
import id.hotline.store.sqlite.SqliteConversationStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseDeskTest {
    @TempDir
    Path dir;
    ConsoleFixture f;
    SqliteConversationStore conversations;
    SqliteCaseStore caseStore;
    CaseDesk desk;
    ConsoleSession sari;
    ConsoleSession budi;
    ConsoleSession admin;
    HelpCase helpCase;

    @BeforeEach
    void setUp() {
        f = new ConsoleFixture(dir);
        conversations = new SqliteConversationStore(f.db);
        caseStore = new SqliteCaseStore(f.db);
        var cases = new CaseService(caseStore, conversations, new CaseEvents(), Map.of(), lang -> key -> key, f.clock);
        desk = new CaseDesk(cases, caseStore, conversations, new SqliteCaseRecordStore(f.db), f.audit, f.clock);
        sari = f.sessionOf(f.counselor("sari", "sari-password-1"));
        budi = f.sessionOf(f.counselor("budi", "budi-password-1"));
        admin = f.sessionOf(f.admin("admin", "admin-password-1"));
        Conversation conv = conversations.findOrCreate(Channel.WEB, "session-1234", f.clock.instant());
        long msg = conversations.append(new StoredMessage(0, conv.id(), Direction.IN, "user", MessageKind.TEXT,
                "paspor saya ditahan majikan", null, null, null, List.of(), f.clock.instant()));
        helpCase = cases.escalate(conv, Priority.ESCALATE, List.of("passport_held"), Lang.ID, msg).helpCase();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void one_counselor_at_a_time_holds_a_case_and_the_others_see_who() {
        assertThat(desk.claim(sari, helpCase.id()).claimedBy()).isEqualTo("sari");
        assertThatThrownBy(() -> desk.claim(budi, helpCase.id())).isInstanceOf(DeskException.class).hasMessageContaining("sari");
        assertThat(desk.queue(List.of(CaseStatus.CLAIMED))).extracting(HelpCase::claimedBy).containsExactly("sari");
    }

    @Test
    void only_the_holder_writes_to_the_person() {
        assertThatThrownBy(() -> desk.write(sari, helpCase.id(), "halo")).isInstanceOf(DeskException.class);
        desk.claim(sari, helpCase.id());
        assertThatThrownBy(() -> desk.write(budi, helpCase.id(), "halo")).isInstanceOf(DeskException.class);
        StoredMessage sent = desk.write(sari, helpCase.id(), "Halo, saya Sari.");
        assertThat(sent.author()).isEqualTo("counselor:sari");
        assertThat(conversations.messages(helpCase.conversationId(), 0, 100)).extracting(StoredMessage::text).contains("Halo, saya Sari.");
    }

    @Test
    void another_counselor_cannot_release_or_close_a_held_case_but_an_admin_can() {
        desk.claim(sari, helpCase.id());
        assertThatThrownBy(() -> desk.release(budi, helpCase.id())).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> desk.close(budi, helpCase.id(), Outcome.RESOLVED)).isInstanceOf(DeskException.class);
        assertThat(desk.release(admin, helpCase.id()).status()).isEqualTo(CaseStatus.OPEN);
        desk.claim(budi, helpCase.id());
        assertThat(desk.close(admin, helpCase.id(), Outcome.RESOLVED).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void a_referral_is_refused_until_the_person_consents() {
        assertThatThrownBy(() -> desk.refer(sari, helpCase.id(), Agency.POLISI, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        desk.consent(sari, helpCase.id(), false, "belum mau ke polisi");
        assertThatThrownBy(() -> desk.refer(sari, helpCase.id(), Agency.POLISI, null)).isInstanceOf(DeskException.class);
        var consent = desk.consent(sari, helpCase.id(), true, "setuju lewat chat");
        assertThat(consent.recordedBy()).isEqualTo("sari");
        assertThat(consent.at()).isEqualTo(f.clock.instant());
        assertThat(desk.refer(sari, helpCase.id(), Agency.POLISI, "Polres setempat").service()).isEqualTo(Agency.POLISI);
        CaseFile file = desk.open(sari, helpCase.id());
        assertThat(file.consents()).hasSize(2);
        assertThat(file.referrals()).extracting(r -> r.service()).containsExactly(Agency.POLISI);
    }

    @Test
    void withdrawn_consent_stops_further_referrals() {
        desk.consent(sari, helpCase.id(), true, null);
        desk.refer(sari, helpCase.id(), Agency.IOM, null);
        desk.consent(sari, helpCase.id(), false, "berubah pikiran");
        assertThatThrownBy(() -> desk.refer(sari, helpCase.id(), Agency.LPSK, null)).isInstanceOf(DeskException.class);
    }

    @Test
    void the_case_file_holds_the_conversation_triggers_and_notes() {
        desk.note(sari, helpCase.id(), "Majikan di Kuala Lumpur");
        CaseFile file = desk.open(sari, helpCase.id());
        assertThat(file.messages()).extracting(StoredMessage::text).containsExactly("paspor saya ditahan majikan");
        assertThat(file.triggers()).containsExactly(file.messages().get(0).id());
        assertThat(file.notes()).extracting(n -> n.text()).containsExactly("Majikan di Kuala Lumpur");
    }

    @Test
    void every_action_is_audited_without_any_text() {
        desk.open(sari, helpCase.id());
        desk.claim(sari, helpCase.id());
        desk.write(sari, helpCase.id(), "Pesan rahasia konselor");
        desk.note(sari, helpCase.id(), "Catatan rahasia");
        desk.consent(sari, helpCase.id(), true, "Keterangan rahasia");
        desk.refer(sari, helpCase.id(), Agency.DINSOS_ATENSI, "Rujukan rahasia");
        desk.close(sari, helpCase.id(), Outcome.REFERRED);
        var entries = f.audit.latest(50, Long.MAX_VALUE);
        assertThat(entries).extracting(e -> e.action())
                .containsExactly("closed", "referred", "consent_recorded", "noted", "wrote", "claimed", "viewed");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("sari");
            assertThat(e.caseId()).isEqualTo(helpCase.id());
        });
        assertThat(entries.toString()).doesNotContain("rahasia").doesNotContain("paspor");
    }

    @Test
    void empty_or_over_long_messages_are_refused() {
        desk.claim(sari, helpCase.id());
        assertThatThrownBy(() -> desk.write(sari, helpCase.id(), "   ")).isInstanceOf(DeskException.class);
        assertThatThrownBy(() -> desk.write(sari, helpCase.id(), "x".repeat(4097))).isInstanceOf(DeskException.class);
        assertThatThrownBy(() -> desk.open(sari, 9999)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
    }
}
