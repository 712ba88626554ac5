package id.hotline.dialog;

import id.hotline.domain.Lang;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * When counselors are back, in words: "hari ini", "besok", a day name or that day next week (messages.yaml back_today,
 * back_tomorrow, back_on_day, back_next_week, each with {day} {time} {zone}), as people in Indonesia say it.
 */
final class BackOnDuty {
    private static final List<String> HARI = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");
    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private BackOnDuty() {
    }

    /** "Senin pukul 08.00 (WIB)" / "on Monday at 08:00 (WIB)": {@code back} seen from {@code now}, in back's zone. */
    static String phrase(Instant now, ZonedDateTime back, Lang lang, Function<String, String> messages) {
        long days = ChronoUnit.DAYS.between(now.atZone(back.getZone()).toLocalDate(), back.toLocalDate());
        String key = days <= 0 ? "back_today" : days == 1 ? "back_tomorrow" : days < 7 ? "back_on_day" : "back_next_week";
        return messages.apply(key)
                .replace("{day}", dayName(back.getDayOfWeek(), lang))
                .replace("{time}", (lang == Lang.ID ? JAM : CLOCK).format(back))
                .replace("{zone}", zoneName(back.getZone()));
    }

    private static String dayName(DayOfWeek day, Lang lang) {
        return lang == Lang.ID ? HARI.get(day.ordinal()) : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** WIB, WITA or WIT for Indonesia's zones; otherwise the zone's id (Asia/Hong_Kong) or its UTC offset (UTC+08:00). */
    static String zoneName(ZoneId zone) {
        String name = ZONE_NAMES.get(zone.getId());
        if (name != null) {
            return name;
        }
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }
}
