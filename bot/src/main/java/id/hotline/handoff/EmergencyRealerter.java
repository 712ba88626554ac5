package id.hotline.handoff;

import id.hotline.domain.CaseStatus;
import id.hotline.domain.HelpCase;
import id.hotline.domain.Priority;
import id.hotline.store.CaseStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Re-alerts emergency cases nobody has claimed: once the case has waited {@code after} since it was opened (or since
 * its last re-alert), listeners get {@link CaseListener.CaseEvent#REALERT}. Called periodically by a scheduler.
 */
public final class EmergencyRealerter implements CaseListener {
    private final CaseStore cases;
    private final CaseListener events;
    private final Duration after;
    private final Clock clock;
    /** When each waiting case was last alerted; in memory, so after a restart waiting cases are alerted again. */
    private final Map<Long, Instant> lastAlert = new ConcurrentHashMap<>();

    public EmergencyRealerter(CaseStore cases, CaseListener events, Duration after, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.after = after;
        this.clock = clock;
    }

    /** Publishes REALERT for each open emergency case that has waited long enough; returns how many. */
    public int check() {
        Instant now = clock.instant();
        List<HelpCase> waiting = cases.list(List.of(CaseStatus.OPEN)).stream()
                .filter(c -> c.priority() == Priority.EMERGENCY).toList();
        Set<Long> ids = waiting.stream().map(HelpCase::id).collect(Collectors.toSet());
        lastAlert.keySet().retainAll(ids);
        int n = 0;
        for (HelpCase c : waiting) {
            Instant since = lastAlert.getOrDefault(c.id(), c.openedAt());
            if (!now.isBefore(since.plus(after))) {
                lastAlert.put(c.id(), now);
                events.caseChanged(c, CaseEvent.REALERT);
                n++;
            }
        }
        return n;
    }

    /** A released case starts waiting again from the moment it was released. */
    @Override
    public void caseChanged(HelpCase helpCase, CaseEvent event) {
        if (event == CaseEvent.RELEASED || event == CaseEvent.REPRIORITISED) {
            lastAlert.put(helpCase.id(), clock.instant());
        }
    }

    /** How often {@link #check()} should run: often enough to be late by at most a tenth of the re-alert time. */
    public Duration period() {
        long seconds = Math.max(1, Math.min(10, after.toSeconds() / 10));
        return Duration.ofSeconds(seconds);
    }
}
