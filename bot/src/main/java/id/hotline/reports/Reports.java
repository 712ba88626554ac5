package id.hotline.reports;

import id.hotline.store.ReportStore;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the reports page's numbers for the last N days (today included), days counted in the hotline's time zone. */
public final class Reports {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;
    public static final int UNANSWERED_LIMIT = 100;
    private final ReportStore store;
    private final ZoneId zone;
    private final Clock clock;

    /** zone: where a day begins and ends for the counts (HOTLINE_TIMEZONE). */
    public Reports(ReportStore store, ZoneId zone, Clock clock) {
        this.store = store;
        this.zone = zone;
        this.clock = clock;
    }

    public Report build(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate first = today.minusDays(days - 1L);
        var from = first.atStartOfDay(zone).toInstant();
        List<DayCount> perDay = everyDay(store.messagesPerDay(first, today, zone), first, today);
        long inbound = perDay.stream().mapToLong(DayCount::inbound).sum();
        long outbound = perDay.stream().mapToLong(DayCount::outbound).sum();
        long questions = 0;
        long fallbacks = 0;
        for (Count c : store.questionOutcomes(from)) {
            questions += c.count();
            if (c.key().equals("clarified") || c.key().equals("not_understood")) {
                fallbacks += c.count();
            }
        }
        double rate = questions == 0 ? 0 : Math.round(10_000.0 * fallbacks / questions) / 10_000.0;
        List<CaseTimes> times = store.caseTimes(from);
        return new Report(days, first.toString(), today.toString(), zone.getId(), inbound, outbound, store.users(from), perDay,
                questions, fallbacks, rate, store.answeredIntents(from), store.unanswered(from, UNANSWERED_LIMIT),
                times.size(), store.casesByPriority(from), store.casesByIndicator(from),
                Durations.of(times.stream().filter(t -> t.claimed() != null)
                        .map(t -> Duration.between(t.opened(), t.claimed())).toList()),
                Durations.of(times.stream().filter(t -> t.closed() != null)
                        .map(t -> Duration.between(t.opened(), t.closed())).toList()),
                store.caseOutcomes(from), store.referrals(from), store.feedback(from));
    }

    /** One row per day of the window, zeros where nothing happened, so charts show the gaps. */
    private static List<DayCount> everyDay(List<DayCount> stored, LocalDate first, LocalDate last) {
        Map<String, DayCount> byDay = new HashMap<>();
        stored.forEach(d -> byDay.put(d.day(), d));
        List<DayCount> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            String key = d.toString();
            out.add(Objects.requireNonNullElse(byDay.get(key), new DayCount(key, 0, 0, 0)));
        }
        return out;
    }
}
