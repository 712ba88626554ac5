package id.hotline.reports;

/**
 * Traffic on one day in the hotline's time zone.
 *
 * @param day      YYYY-MM-DD
 * @param users    conversations that wrote at least one message that day
 */
public record DayCount(String day, long inbound, long outbound, long users) {
}
