package id.hotline.config;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When counselors are next on duty, which the bot tells people off duty. */
class OfficeHoursTest {
    private static OfficeHours hours(String spec, String zone) {
        return Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", spec, "HOTLINE_TIMEZONE", zone)).officeHours();
    }

    private static ZonedDateTime jakarta(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+07:00[Asia/Jakarta]");
    }

    private static Instant atJakarta(String localDateTime) {
        return jakarta(localDateTime).toInstant();
    }

    @Test
    void on_a_friday_evening_without_a_weekend_shift_they_are_back_on_monday() {
        var office = hours("mon-fri 08:00-16:00", "Asia/Jakarta");
        assertThat(office.nextOpening(atJakarta("2026-11-27T19:00"))).hasValue(jakarta("2026-11-30T08:00")); // Fri -> Mon
        assertThat(office.nextOpening(atJakarta("2026-11-28T10:00"))).hasValue(jakarta("2026-11-30T08:00")); // Sat -> Mon
        assertThat(office.nextOpening(atJakarta("2026-11-24T17:00"))).hasValue(jakarta("2026-11-25T08:00")); // Tue -> Wed
    }

    @Test
    void before_opening_they_are_back_the_same_day_not_tomorrow() {
        var office = hours("mon-fri 08:00-16:00", "Asia/Jakarta");
        assertThat(office.nextOpening(atJakarta("2026-11-24T01:00"))).hasValue(jakarta("2026-11-24T08:00"));
        assertThat(office.nextOpening(atJakarta("2026-11-24T07:59"))).hasValue(jakarta("2026-11-24T08:00"));
    }

    @Test
    void nothing_while_on_duty() {
        var office = hours("mon-fri 08:00-16:00", "Asia/Jakarta");
        assertThat(office.nextOpening(atJakarta("2026-11-24T08:00"))).isEmpty();
        assertThat(office.nextOpening(atJakarta("2026-11-24T15:59"))).isEmpty();
        assertThat(office.nextOpening(atJakarta("2026-11-24T16:00"))).hasValue(jakarta("2026-11-25T08:00"));
    }

    @Test
    void an_overnight_shift_is_back_at_its_evening_opening() {
        var office = hours("mon-fri 22:00-02:00", "Asia/Jakarta");
        assertThat(office.nextOpening(atJakarta("2026-11-28T01:00"))).isEmpty(); // Saturday 01:00: Friday's shift
        assertThat(office.nextOpening(atJakarta("2026-11-28T03:00"))).hasValue(jakarta("2026-11-30T22:00")); // Sat -> Mon
        assertThat(office.nextOpening(atJakarta("2026-11-24T12:00"))).hasValue(jakarta("2026-11-24T22:00")); // Tue noon
        assertThat(office.nextOpening(atJakarta("2026-11-23T01:00"))).hasValue(jakarta("2026-11-23T22:00")); // Mon 01:00
    }

    @Test
    void with_a_shift_every_day_they_are_back_the_next_morning_at_the_latest() {
        var office = hours("mon-sun 08:00-16:00", "Asia/Jakarta");
        assertThat(office.nextOpening(atJakarta("2026-11-28T17:00"))).hasValue(jakarta("2026-11-29T08:00")); // Sat -> Sun
        assertThat(office.nextOpening(atJakarta("2026-11-29T23:30"))).hasValue(jakarta("2026-11-30T08:00")); // Sun -> Mon
    }

    @Test
    void always_on_duty_has_no_next_opening_and_a_week_range_may_wrap() {
        var always = hours("mon-sun 00:00-24:00", "Asia/Jakarta");
        for (Instant at = atJakarta("2026-11-23T00:00"); at.isBefore(atJakarta("2026-11-30T00:00")); at = at.plusSeconds(3600)) {
            assertThat(always.nextOpening(at)).as(at.toString()).isEmpty();
        }
        var weekend = hours("fri-mon 09:00-17:00", "Asia/Jakarta");
        assertThat(weekend.nextOpening(atJakarta("2026-11-24T10:00"))).hasValue(jakarta("2026-11-27T09:00")); // Tue -> Fri
        assertThat(weekend.nextOpening(atJakarta("2026-11-30T18:00"))).hasValue(jakarta("2026-12-04T09:00")); // Mon -> Fri
    }

    @Test
    void one_shift_a_week_is_back_a_week_later_and_a_24_00_close_reads_back_as_24_00() {
        var weekly = hours("mon-mon 08:00-24:00", "UTC");
        assertThat(weekly.nextOpening(Instant.parse("2026-11-30T07:00:00Z"))).hasValue(ZonedDateTime.parse("2026-11-30T08:00Z[UTC]"));
        assertThat(weekly.nextOpening(Instant.parse("2026-12-01T00:00:00Z"))).hasValue(ZonedDateTime.parse("2026-12-07T08:00Z[UTC]"));
        assertThat(weekly.describe()).isEqualTo("MON-MON 08:00-24:00 (UTC)");
    }
}
