package id.hotline.reports;

import id.hotline.domain.Channel;
import id.hotline.domain.Direction;
import id.hotline.domain.MessageKind;
import id.hotline.domain.StoredMessage;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteConversationStore;
import id.hotline.store.sqlite.SqliteReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Report days begin and end at midnight in the hotline's time zone, not in UTC. */
class ReportDaysTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    @TempDir
    Path dir;
    private Database db;
    private SqliteConversationStore conversations;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("r.db"));
        conversations = new SqliteConversationStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void message(String user, Direction direction, String at) {
        Instant t = Instant.parse(at);
        long conversation = conversations.findOrCreate(Channel.WEB, user, t).id();
        conversations.append(new StoredMessage(0, conversation, direction, direction == Direction.IN ? "user" : "bot",
                MessageKind.TEXT, "halo", null, null, null, null, t));
    }

    private Report report(ZoneId zone, String now, int days) {
        return new Reports(new SqliteReportStore(db), zone, Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).build(days);
    }

    @Test
    void a_message_at_23_30_utc_counts_on_the_next_day_in_jakarta() {
        message("a", Direction.IN, "2026-03-10T23:30:00Z");
        message("a", Direction.OUT, "2026-03-10T23:30:00.250Z");
        message("b", Direction.IN, "2026-03-10T12:00:00Z");
        Report r = report(JAKARTA, "2026-03-11T02:00:00Z", 2);
        assertThat(r.from()).isEqualTo("2026-03-10");
        assertThat(r.to()).isEqualTo("2026-03-11");
        assertThat(r.zone()).isEqualTo("Asia/Jakarta");
        assertThat(r.perDay()).containsExactly(new DayCount("2026-03-10", 1, 0, 1), new DayCount("2026-03-11", 1, 1, 1));
        assertThat(r.users()).isEqualTo(2);
    }

    @Test
    void the_same_messages_counted_in_utc_fall_on_the_utc_day() {
        message("a", Direction.IN, "2026-03-10T23:30:00Z");
        message("b", Direction.IN, "2026-03-10T12:00:00Z");
        Report r = report(ZoneOffset.UTC, "2026-03-11T02:00:00Z", 2);
        assertThat(r.perDay()).containsExactly(new DayCount("2026-03-10", 2, 0, 2), new DayCount("2026-03-11", 0, 0, 0));
    }

    @Test
    void a_message_exactly_at_local_midnight_opens_the_new_day_and_the_window_starts_at_local_midnight() {
        message("a", Direction.IN, "2026-03-09T16:59:59.999Z");
        message("b", Direction.IN, "2026-03-09T17:00:00Z");
        message("c", Direction.IN, "2026-03-10T16:59:59.5Z");
        Report r = report(JAKARTA, "2026-03-10T10:00:00Z", 1);
        assertThat(r.from()).isEqualTo("2026-03-10");
        assertThat(r.perDay()).containsExactly(new DayCount("2026-03-10", 2, 0, 2));
        assertThat(r.inbound()).isEqualTo(2);
    }

    @Test
    void a_message_in_the_first_fraction_of_a_second_of_the_window_is_counted_by_every_figure() {
        message("a", Direction.IN, "2026-03-09T16:59:59.750Z");
        message("b", Direction.IN, "2026-03-09T17:00:00.250Z");
        Report r = report(JAKARTA, "2026-03-10T10:00:00Z", 1);
        assertThat(r.perDay()).containsExactly(new DayCount("2026-03-10", 1, 0, 1));
        assertThat(r.users()).isEqualTo(1);
    }
}
