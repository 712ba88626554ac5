package id.hotline.handoff;

import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Direction;
import id.hotline.domain.HelpCase;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.StoredMessage;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteCaseStore;
import id.hotline.store.sqlite.SqliteConversationStore;
import id.hotline.testing.MutableClock;
import id.hotline.testing.RecordingCaseListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmergencyRealerterTest {
    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T03:00:00Z"));
    SqliteConversationStore conversations;
    CaseService cases;
    RecordingCaseListener heard = new RecordingCaseListener();
    EmergencyRealerter realerter;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("h.db"));
        conversations = new SqliteConversationStore(db);
        var caseStore = new SqliteCaseStore(db);
        var events = new CaseEvents();
        events.subscribe(heard);
        cases = new CaseService(caseStore, conversations, events, Map.of(), lang -> key -> key, clock);
        realerter = new EmergencyRealerter(caseStore, events, Duration.ofMinutes(5), clock);
        events.subscribe(realerter);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private HelpCase open(String user, Priority priority) {
        Conversation conv = conversations.findOrCreate(Channel.WEB, user, clock.instant());
        long m = conversations.append(new StoredMessage(0, conv.id(), Direction.IN, "user", MessageKind.TEXT, "tolong", null,
                null, null, List.of(), clock.instant()));
        return cases.escalate(conv, priority, List.of(), Lang.ID, m).helpCase();
    }

    private List<Long> realerted() {
        return heard.events.stream().filter(e -> e.event() == CaseListener.CaseEvent.REALERT).map(e -> e.caseId()).toList();
    }

    @Test
    void an_unclaimed_emergency_is_realerted_after_five_minutes_and_again_every_five() {
        HelpCase emergency = open("person-0001", Priority.EMERGENCY);
        clock.advance(Duration.ofMinutes(4));
        assertThat(realerter.check()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(realerter.check()).isEqualTo(1);
        assertThat(realerter.check()).isZero();
        clock.advance(Duration.ofMinutes(5));
        realerter.check();
        assertThat(realerted()).containsExactly(emergency.id(), emergency.id());
    }

    @Test
    void claimed_cases_and_lower_priorities_are_not_realerted() {
        HelpCase claimed = open("person-0001", Priority.EMERGENCY);
        open("person-0002", Priority.ESCALATE);
        open("person-0003", Priority.REQUEST);
        cases.claim(claimed.id(), "sari");
        clock.advance(Duration.ofMinutes(30));
        assertThat(realerter.check()).isZero();
    }

    @Test
    void a_released_emergency_waits_the_full_time_again() {
        HelpCase c = open("person-0001", Priority.EMERGENCY);
        cases.claim(c.id(), "sari");
        clock.advance(Duration.ofMinutes(10));
        cases.release(c.id(), "sari");
        clock.advance(Duration.ofMinutes(4));
        assertThat(realerter.check()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(realerter.check()).isEqualTo(1);
    }

    @Test
    void checks_often_enough_for_the_configured_time() {
        assertThat(realerter.period()).isEqualTo(Duration.ofSeconds(10));
        var quick = new EmergencyRealerter(new SqliteCaseStore(db), heard, Duration.ofSeconds(5), clock);
        assertThat(quick.period()).isEqualTo(Duration.ofSeconds(1));
    }
}
