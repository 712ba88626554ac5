package id.hotline.reports;

import java.time.Duration;
import java.util.List;

/**
 * Median and 90th percentile of some durations, in seconds (nearest rank: the smallest value with at least that share
 * of values at or below it). Null when there are no values.
 */
public record Durations(long count, Long medianSeconds, Long p90Seconds) {
    public static Durations of(List<Duration> values) {
        List<Long> sorted = values.stream().map(Duration::toSeconds).sorted().toList();
        if (sorted.isEmpty()) {
            return new Durations(0, null, null);
        }
        return new Durations(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
    }

    private static long rank(List<Long> sorted, double share) {
        int index = (int) Math.ceil(share * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
