package id.hotline.reports;

import java.util.List;

/**
 * Everything on the console's reports page, for the last {@code days} days up to now, counted in the hotline's time
 * zone.
 *
 * @param from          the first day of the window, YYYY-MM-DD
 * @param to            the last day (today), YYYY-MM-DD
 * @param zone          the time zone the days are counted in (HOTLINE_TIMEZONE), e.g. Asia/Jakarta
 * @param users         distinct conversations that wrote in the window
 * @param questions     inbound free-text messages the bot read (buttons not included)
 * @param fallbacks     of those, how many got a clarifying question or "not understood"
 * @param fallbackRate  fallbacks / questions, 0 when there were no questions
 * @param intents       topic answers given, per intent (free text and buttons)
 * @param unanswered    the newest questions that fell back, newest first
 * @param escalations   cases opened in the window
 * @param indicators    cases opened per indicator ("" for cases without one, e.g. asking for a counselor)
 * @param outcomes      cases closed in the window, per outcome
 * @param referrals     referrals made in the window, per service
 */
public record Report(int days, String from, String to, String zone, long inbound, long outbound, long users, List<DayCount> perDay,
                     long questions, long fallbacks, double fallbackRate, List<Count> intents, List<Unanswered> unanswered,
                     long escalations, List<Count> priorities, List<Count> indicators, Durations timeToClaim,
                     Durations timeToClose, List<Count> outcomes, List<Count> referrals, List<FeedbackCount> feedback) {
    public Report {
        perDay = List.copyOf(perDay);
        intents = List.copyOf(intents);
        unanswered = List.copyOf(unanswered);
        priorities = List.copyOf(priorities);
        indicators = List.copyOf(indicators);
        outcomes = List.copyOf(outcomes);
        referrals = List.copyOf(referrals);
        feedback = List.copyOf(feedback);
    }
}
