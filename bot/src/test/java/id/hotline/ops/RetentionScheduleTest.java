package id.hotline.ops;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionScheduleTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void next_run_is_later_the_same_night_when_the_hour_is_still_ahead() {
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 1, 1, 30, 0, 0, JAKARTA);
        assertThat(RetentionSchedule.untilNext(now, LocalTime.of(3, 0))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void next_run_is_tomorrow_once_the_hour_has_passed() {
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 1, 3, 0, 0, 0, JAKARTA);
        assertThat(RetentionSchedule.untilNext(now, LocalTime.of(3, 0))).isEqualTo(Duration.ofDays(1));
    }
}
