package id.hotline.store.sqlite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.hotline.reports.CaseTimes;
import id.hotline.reports.Count;
import id.hotline.reports.DayCount;
import id.hotline.reports.FeedbackCount;
import id.hotline.reports.Unanswered;
import id.hotline.store.ReportStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Report counts straight from the tables. Times are ISO-8601 UTC text, so comparing and slicing the text works. */
public final class SqliteReportStore implements ReportStore {
    /** Free text the bot read: it has an outcome and did not come from a button. */
    private static final String QUESTION = "direction = 'in' AND outcome IS NOT NULL AND kind <> 'BUTTON'";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;

    public SqliteReportStore(Database db) {
        this.db = db;
    }

    /**
     * SQLite knows no time zones, so the local days' bounds are computed here and passed in as a JSON list of
     * [day, start, end] in UTC text. The bounds have no fraction and no "Z": "2026-03-09T17:00:00" sorts before every
     * stored time of that second ("...17:00:00Z", "...17:00:00.25Z") and after every earlier one.
     */
    @Override
    public List<DayCount> messagesPerDay(LocalDate first, LocalDate last, ZoneId zone) {
        ArrayNode days = JSON.createArrayNode();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.addArray().add(d.toString()).add(utcText(d.atStartOfDay(zone).toInstant()))
                    .add(utcText(d.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return db.read(c -> Query.list(c, rs -> new DayCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                "WITH days(day, start, stop) AS (SELECT json_extract(value, '$[0]'), "
                        + "json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)) "
                        + "SELECT d.day, sum(m.direction = 'in'), sum(m.direction = 'out'), "
                        + "count(DISTINCT CASE WHEN m.direction = 'in' THEN m.conversation_id END) "
                        + "FROM days d JOIN messages m ON m.created_at >= d.start AND m.created_at < d.stop "
                        + "GROUP BY d.day ORDER BY d.day", days.toString()));
    }

    /**
     * A bound as zone-free UTC text, whole seconds. Binding the Instant itself ("...17:00:00Z") would miss a row stored in
     * that second's first fraction ("...17:00:00.25Z" sorts before it, as '.' < 'Z').
     */
    private static String utcText(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)
                .toLocalDateTime());
    }

    @Override
    public long users(Instant from) {
        return db.read(c -> Query.one(c, rs -> rs.getLong(1), "SELECT count(DISTINCT conversation_id) FROM messages "
                + "WHERE direction = 'in' AND created_at >= ?", utcText(from)).orElse(0L));
    }

    @Override
    public List<Count> answeredIntents(Instant from) {
        return counts("SELECT intent, count(*) AS n FROM messages WHERE direction = 'in' AND outcome = 'answered' "
                + "AND intent IS NOT NULL AND created_at >= ? GROUP BY intent ORDER BY n DESC, intent", from);
    }

    @Override
    public List<Count> questionOutcomes(Instant from) {
        return counts("SELECT outcome, count(*) AS n FROM messages WHERE " + QUESTION + " AND created_at >= ? "
                + "GROUP BY outcome ORDER BY n DESC, outcome", from);
    }

    @Override
    public List<Unanswered> unanswered(Instant from, int limit) {
        return db.read(c -> Query.list(c, rs -> new Unanswered(rs.getString("created_at"), rs.getString("text"),
                        rs.getString("intent"), rs.getString("outcome")),
                "SELECT created_at, text, intent, outcome FROM messages WHERE " + QUESTION
                        + " AND outcome IN ('clarified', 'not_understood') AND created_at >= ? ORDER BY created_at DESC, id DESC "
                        + "LIMIT ?", utcText(from), limit));
    }

    @Override
    public List<Count> casesByPriority(Instant from) {
        return counts("SELECT priority, count(*) AS n FROM cases WHERE opened_at >= ? GROUP BY priority ORDER BY n DESC, priority",
                from);
    }

    @Override
    public List<Count> casesByIndicator(Instant from) {
        return counts("SELECT coalesce(j.value, '') AS indicator, count(*) AS n FROM cases "
                + "LEFT JOIN json_each(cases.indicators) j WHERE cases.opened_at >= ? GROUP BY indicator "
                + "ORDER BY n DESC, indicator", from);
    }

    @Override
    public List<CaseTimes> caseTimes(Instant from) {
        return db.read(c -> Query.list(c, rs -> new CaseTimes(Rows.instant(rs, "opened_at"), Rows.instant(rs, "claimed_at"),
                Rows.instant(rs, "closed_at")), "SELECT opened_at, claimed_at, closed_at FROM cases WHERE opened_at >= ?",
                utcText(from)));
    }

    @Override
    public List<Count> caseOutcomes(Instant from) {
        return counts("SELECT coalesce(outcome, ''), count(*) AS n FROM cases WHERE status = 'closed' AND closed_at >= ? "
                + "GROUP BY 1 ORDER BY n DESC, 1", from);
    }

    @Override
    public List<Count> referrals(Instant from) {
        return counts("SELECT service, count(*) AS n FROM case_referrals WHERE created_at >= ? GROUP BY service "
                + "ORDER BY n DESC, service", from);
    }

    @Override
    public List<FeedbackCount> feedback(Instant from) {
        return db.read(c -> Query.list(c, rs -> new FeedbackCount(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                "SELECT intent, sum(helpful), sum(1 - helpful), count(*) AS n FROM feedback WHERE created_at >= ? "
                        + "GROUP BY intent ORDER BY n DESC, intent", utcText(from)));
    }

    private List<Count> counts(String sql, Instant from) {
        return db.read(c -> Query.list(c, SqliteReportStore::count, sql, utcText(from)));
    }

    private static Count count(ResultSet rs) throws SQLException {
        return new Count(rs.getString(1), rs.getLong(2));
    }
}
