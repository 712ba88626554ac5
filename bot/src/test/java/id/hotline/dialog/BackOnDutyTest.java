package id.hotline.dialog;

import id.hotline.domain.Lang;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.testing.EngineFixture;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When counselors are back, in the reader's words (messages.yaml back_*), from now to the next opening. */
class BackOnDutyTest {
    private static final KnowledgeBase KB = EngineFixture.knowledgeBase();
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static String said(String now, String back, Lang lang) {
        return said(now, ZonedDateTime.of(java.time.LocalDateTime.parse(back), JAKARTA), lang);
    }

    private static String said(String now, ZonedDateTime back, Lang lang) {
        Instant at = java.time.LocalDateTime.parse(now).atZone(back.getZone()).toInstant();
        return BackOnDuty.phrase(at, back, lang, key -> KB.message(key, lang));
    }

    @Test
    void on_a_friday_evening_it_names_monday() {
        assertThat(said("2026-11-27T19:00", "2026-11-30T08:00", Lang.ID)).isEqualTo("Senin pukul 08.00 (WIB)");
        assertThat(said("2026-11-27T19:00", "2026-11-30T08:00", Lang.EN)).isEqualTo("on Monday at 08:00 (WIB)");
    }

    @Test
    void at_one_in_the_morning_it_is_today_not_tomorrow() {
        assertThat(said("2026-11-24T01:00", "2026-11-24T08:00", Lang.ID)).isEqualTo("hari ini pukul 08.00 (WIB)");
        assertThat(said("2026-11-24T01:00", "2026-11-24T08:00", Lang.EN)).isEqualTo("today at 08:00 (WIB)");
    }

    @Test
    void after_closing_on_a_weekday_it_is_tomorrow() {
        assertThat(said("2026-11-24T17:00", "2026-11-25T08:00", Lang.ID)).isEqualTo("besok pukul 08.00 (WIB)");
        assertThat(said("2026-11-24T23:59", "2026-11-25T08:00", Lang.EN)).isEqualTo("tomorrow at 08:00 (WIB)");
    }

    @Test
    void an_overnight_shift_opens_in_the_evening_and_a_weekly_one_is_next_week() {
        assertThat(said("2026-11-28T03:00", "2026-11-30T22:00", Lang.ID)).isEqualTo("Senin pukul 22.00 (WIB)");
        assertThat(said("2026-11-30T09:00", "2026-12-07T08:30", Lang.ID)).isEqualTo("Senin depan pukul 08.30 (WIB)");
        assertThat(said("2026-11-30T09:00", "2026-12-07T08:30", Lang.EN)).isEqualTo("next Monday at 08:30 (WIB)");
    }

    @Test
    void every_day_has_its_indonesian_name() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            ZonedDateTime back = ZonedDateTime.of(2026, 11, 23 + d.ordinal(), 8, 0, 0, 0, JAKARTA); // Monday 23 November on
            names.add(said(back.minusDays(3).toLocalDateTime().toString(), back, Lang.ID).split(" ")[0]);
        }
        assertThat(names).containsExactly("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    }

    @Test
    void the_zone_is_named_as_people_in_indonesia_name_it_or_else_by_its_id_or_offset() {
        assertThat(said("2026-11-24T17:00", ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneId.of("Asia/Makassar")), Lang.ID))
                .isEqualTo("besok pukul 08.00 (WITA)");
        assertThat(said("2026-11-24T17:00", ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneId.of("Asia/Jayapura")), Lang.ID))
                .isEqualTo("besok pukul 08.00 (WIT)");
        assertThat(said("2026-11-24T17:00", ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneId.of("Asia/Hong_Kong")), Lang.EN))
                .isEqualTo("tomorrow at 08:00 (Asia/Hong_Kong)");
        assertThat(said("2026-11-24T17:00", ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.ofHours(8)), Lang.ID))
                .isEqualTo("besok pukul 08.00 (UTC+08:00)");
        assertThat(said("2026-11-24T17:00", ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneId.of("UTC")), Lang.ID))
                .isEqualTo("besok pukul 08.00 (UTC)");
    }
}
