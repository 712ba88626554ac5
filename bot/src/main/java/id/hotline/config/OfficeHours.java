package id.hotline.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When counselors are on duty (HOTLINE_OFFICE_HOURS), in the hotline's time zone: a shift of {@code length} from
 * {@code open}, starting on each day from {@code firstDay} to {@code lastDay}. A shift that closes before it opens runs
 * over midnight, and its part after midnight belongs to the day it started: {@code fri 22:00-02:00} is on duty Friday
 * 22:00 to Saturday 02:00. A shift may close at 24:00, the end of its day: {@code mon-sun 00:00-24:00} is always on duty.
 */
public record OfficeHours(ZoneId zone, DayOfWeek firstDay, DayOfWeek lastDay, LocalTime open, Duration length) {
    private static final Pattern SPEC = Pattern.compile("(?i)([a-z]{3})(?:-([a-z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final String END_OF_DAY = "24:00";
    private static final Duration DAY = Duration.ofDays(1);

    public OfficeHours {
        if (length.isNegative() || length.isZero() || length.compareTo(DAY) > 0) {
            throw new IllegalArgumentException("a shift lasts more than nothing and at most a day: " + length);
        }
    }

    /**
     * Reads "mon-fri 08:00-16:00" (or "mon-sun 22:00-06:00" over midnight, "mon-fri 08:00-24:00" to the end of the day,
     * "fri 22:00-02:00" on one day of the week).
     *
     * @throws ConfigException naming HOTLINE_OFFICE_HOURS when the value cannot be used
     */
    static OfficeHours parse(String spec, ZoneId zone) {
        Matcher m = SPEC.matcher(spec.trim());
        if (m.matches() && m.group(3).equals(END_OF_DAY)) {
            throw new ConfigException("HOTLINE_OFFICE_HOURS cannot open at 24:00, the end of the day; write 00:00 "
                    + "(like 'mon-sun 00:00-24:00'), was '" + spec + "'");
        }
        LocalTime open;
        Duration length;
        DayOfWeek first;
        DayOfWeek last;
        try {
            if (!m.matches()) {
                throw new IllegalArgumentException(spec);
            }
            first = day(m.group(1));
            last = m.group(2) == null ? first : day(m.group(2));
            open = LocalTime.parse(m.group(3));
            length = m.group(4).equals(END_OF_DAY) ? DAY.minusSeconds(open.toSecondOfDay())
                    : Duration.between(open, LocalTime.parse(m.group(4)));
        } catch (RuntimeException e) {
            throw new ConfigException("HOTLINE_OFFICE_HOURS must look like 'mon-fri 08:00-16:00' (or one day: 'sat 09:00-13:00'), was '" + spec + "'");
        }
        if (length.isZero()) {
            throw new ConfigException("HOTLINE_OFFICE_HOURS opens and closes at the same time; write when the shift ends, "
                    + "after midnight if it runs over (like 'mon-sun 22:00-06:00'), was '" + spec + "'");
        }
        return new OfficeHours(zone, first, last, open, length.isNegative() ? length.plus(DAY) : length);
    }

    public boolean isOpen(Instant at) {
        LocalDateTime now = LocalDateTime.ofInstant(at, zone);
        // a shift lasts a day at most: only today's or yesterday's can be running
        return onShift(now, now.toLocalDate()) || onShift(now, now.toLocalDate().minusDays(1));
    }

    private boolean onShift(LocalDateTime now, LocalDate shiftDay) {
        LocalDateTime start = shiftDay.atTime(open);
        return onDuty(shiftDay.getDayOfWeek()) && !now.isBefore(start) && now.isBefore(start.plus(length));
    }

    /** When the next shift starts, in the hotline's zone; empty while one is running. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        if (isOpen(at)) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.ofInstant(at, zone);
        for (int days = 0; days <= 7; days++) { // a shift starts at least once a week
            LocalDateTime start = now.toLocalDate().plusDays(days).atTime(open);
            if (onDuty(start.getDayOfWeek()) && start.isAfter(now)) {
                return Optional.of(start.atZone(zone));
            }
        }
        throw new IllegalStateException("no shift starts within a week: " + describe());
    }

    /** Whether a shift starts on this day. */
    private boolean onDuty(DayOfWeek d) {
        return firstDay.getValue() <= lastDay.getValue()
                ? d.getValue() >= firstDay.getValue() && d.getValue() <= lastDay.getValue()
                : d.getValue() >= firstDay.getValue() || d.getValue() <= lastDay.getValue();
    }

    public String describe() {
        LocalTime close = open.plus(length);
        return String.format(Locale.ROOT, "%s-%s %s-%s (%s)", firstDay.toString().substring(0, 3),
                lastDay.toString().substring(0, 3), open, close.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : close, zone);
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
