package id.hotline.reports;

/**
 * Traffic on one UTC day.
 *
 * @param day      YYYY-MM-DD
 * @param users    conversations that wrote at least one message that day
 */
public record DayCount(String day, long inbound, long outbound, long users) {
}
