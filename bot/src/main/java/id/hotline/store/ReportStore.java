package id.hotline.store;

import id.hotline.reports.CaseTimes;
import id.hotline.reports.Count;
import id.hotline.reports.DayCount;
import id.hotline.reports.FeedbackCount;
import id.hotline.reports.Unanswered;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Read-only counts for the reports page, each over everything stored since {@code from}. */
public interface ReportStore {
    /**
     * Traffic per day from {@code first} to {@code last}, each day from midnight to midnight in {@code zone}; days with
     * traffic only, oldest first.
     */
    List<DayCount> messagesPerDay(LocalDate first, LocalDate last, ZoneId zone);

    /** Distinct conversations with at least one inbound message. */
    long users(Instant from);

    /** Topic answers given (outcome answered), per intent, most frequent first. */
    List<Count> answeredIntents(Instant from);

    /** Inbound free-text messages the bot read, per outcome (answered, clarified, not_understood, escalated). */
    List<Count> questionOutcomes(Instant from);

    /** Inbound free-text messages that fell back, newest first. */
    List<Unanswered> unanswered(Instant from, int limit);

    List<Count> casesByPriority(Instant from);

    /** Cases opened, per indicator; a case without indicators counts under "". */
    List<Count> casesByIndicator(Instant from);

    List<CaseTimes> caseTimes(Instant from);

    /** Cases closed, per outcome. */
    List<Count> caseOutcomes(Instant from);

    List<Count> referrals(Instant from);

    List<FeedbackCount> feedback(Instant from);
}
