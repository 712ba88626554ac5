package id.hotline.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When counselors are on duty (HOTLINE_OFFICE_HOURS), in the hotline's time zone: a shift starting on each day from
 * {@code firstDay} to {@code lastDay}. A shift whose close is before its open runs over midnight, and its part after
 * midnight belongs to the day it started: {@code fri 22:00-02:00} is on duty Friday 22:00 to Saturday 02:00.
 */
public record OfficeHours(ZoneId zone, DayOfWeek firstDay, DayOfWeek lastDay, LocalTime open, LocalTime close) {
    private static final Pattern SPEC = Pattern.compile("(?i)([a-z]{3})-([a-z]{3})\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    public OfficeHours {
        if (open.equals(close)) {
            throw new IllegalArgumentException("office hours open and close at the same time: " + open);
        }
    }

    /**
     * Reads "mon-fri 08:00-16:00" (or "mon-sun 22:00-06:00" over midnight).
     *
     * @throws ConfigException naming HOTLINE_OFFICE_HOURS when the value cannot be used
     */
    static OfficeHours parse(String spec, ZoneId zone) {
        Matcher m = SPEC.matcher(spec.trim());
        LocalTime open;
        LocalTime close;
        DayOfWeek first;
        DayOfWeek last;
        try {
            if (!m.matches()) {
                throw new IllegalArgumentException(spec);
            }
            first = day(m.group(1));
            last = day(m.group(2));
            open = LocalTime.parse(m.group(3));
            close = LocalTime.parse(m.group(4));
        } catch (RuntimeException e) {
            throw new ConfigException("HOTLINE_OFFICE_HOURS must look like 'mon-fri 08:00-16:00', was '" + spec + "'");
        }
        try {
            return new OfficeHours(zone, first, last, open, close);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("HOTLINE_OFFICE_HOURS opens and closes at the same time; write when the shift ends, "
                    + "after midnight if it runs over (like 'mon-sun 22:00-06:00'), was '" + spec + "'");
        }
    }

    public boolean isOpen(Instant at) {
        var local = at.atZone(zone);
        LocalTime t = local.toLocalTime();
        DayOfWeek today = local.getDayOfWeek();
        if (open.isBefore(close)) {
            return onDuty(today) && !t.isBefore(open) && t.isBefore(close);
        }
        // over midnight: the evening of a duty day, or the early hours after one
        return onDuty(today) && !t.isBefore(open) || onDuty(today.minus(1)) && t.isBefore(close);
    }

    /** Whether a shift starts on this day. */
    private boolean onDuty(DayOfWeek d) {
        return firstDay.getValue() <= lastDay.getValue()
                ? d.getValue() >= firstDay.getValue() && d.getValue() <= lastDay.getValue()
                : d.getValue() >= firstDay.getValue() || d.getValue() <= lastDay.getValue();
    }

    public String describe() {
        return String.format(Locale.ROOT, "%s-%s %s-%s (%s)", firstDay.toString().substring(0, 3),
                lastDay.toString().substring(0, 3), open, close, zone);
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
