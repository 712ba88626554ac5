package id.hotline.store.sqlite;

import id.hotline.domain.CaseStatus;
import id.hotline.domain.Channel;
import id.hotline.domain.HelpCase;
import id.hotline.domain.Lang;
import id.hotline.domain.Priority;
import id.hotline.store.CaseStore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public final class SqliteCaseStore implements CaseStore {
    /** Most urgent first, then longest waiting. */
    private static final String ORDER = " ORDER BY CASE priority WHEN 'emergency' THEN 0 WHEN 'escalate' THEN 1 ELSE 2 END, opened_at, id";
    private final Database db;

    public SqliteCaseStore(Database db) {
        this.db = db;
    }

    @Override
    public Change openOrUpdate(long conversationId, Priority priority, List<String> indicators, Channel channel, Lang lang,
                               long triggerMessageId, Instant now) {
        return db.write(c -> {
            Optional<HelpCase> live = live(c, conversationId);
            if (live.isEmpty()) {
                long id = Rows.insert(c, "INSERT INTO cases (id, conversation_id, status, priority, indicators, channel, lang, "
                                + "opened_at, updated_at) VALUES (" + IdFloors.next("cases") + ", ?, 'open', ?, ?, ?, ?, ?, ?)",
                        conversationId, priority.wire(), Rows.json(indicators), channel.wire(), lang.code(), now, now);
                Rows.update(c, "INSERT OR IGNORE INTO case_triggers (case_id, message_id) VALUES (?, ?)", id, triggerMessageId);
                return new Change(byId(c, id).orElseThrow(), true, false);
            }
            HelpCase old = live.get();
            Priority raised = old.priority().max(priority);
            Set<String> merged = new LinkedHashSet<>(old.indicators());
            merged.addAll(indicators);
            Rows.update(c, "UPDATE cases SET priority = ?, indicators = ?, updated_at = ? WHERE id = ?",
                    raised.wire(), Rows.json(List.copyOf(merged)), now, old.id());
            Rows.update(c, "INSERT OR IGNORE INTO case_triggers (case_id, message_id) VALUES (?, ?)", old.id(), triggerMessageId);
            return new Change(byId(c, old.id()).orElseThrow(), false, raised != old.priority());
        });
    }

    @Override
    public Optional<HelpCase> live(long conversationId) {
        return db.read(c -> live(c, conversationId));
    }

    private static Optional<HelpCase> live(Connection c, long conversationId) throws SQLException {
        List<HelpCase> found = query(c, "SELECT * FROM cases WHERE conversation_id = ? AND status <> 'closed'", conversationId);
        return found.stream().findFirst();
    }

    @Override
    public Optional<HelpCase> lastClosed(long conversationId) {
        return db.read(c -> query(c, "SELECT * FROM cases WHERE conversation_id = ? AND status = 'closed' "
                + "ORDER BY closed_at DESC, id DESC LIMIT 1", conversationId).stream().findFirst());
    }

    @Override
    public Optional<HelpCase> find(long caseId) {
        return db.read(c -> byId(c, caseId));
    }

    private static Optional<HelpCase> byId(Connection c, long id) throws SQLException {
        return query(c, "SELECT * FROM cases WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<HelpCase> list(List<CaseStatus> statuses) {
        String where = statuses.isEmpty() ? "" : " WHERE status IN ("
                + statuses.stream().map(s -> "'" + s.wire() + "'").collect(Collectors.joining(",")) + ")";
        return db.read(c -> query(c, "SELECT * FROM cases" + where + ORDER));
    }

    @Override
    public Optional<HelpCase> claim(long caseId, String counselor, Instant now) {
        return transition(caseId, "UPDATE cases SET status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ? "
                + "WHERE id = ? AND status = 'open'", counselor, now, now, caseId);
    }

    @Override
    public Optional<HelpCase> release(long caseId, String counselor, Instant now) {
        return transition(caseId, "UPDATE cases SET status = 'open', claimed_by = NULL, updated_at = ? "
                + "WHERE id = ? AND status = 'claimed' AND claimed_by = ?", now, caseId, counselor);
    }

    @Override
    public Optional<HelpCase> close(long caseId, String outcome, Instant now) {
        return transition(caseId, "UPDATE cases SET status = 'closed', outcome = ?, closed_at = ?, updated_at = ? "
                + "WHERE id = ? AND status <> 'closed'", outcome, now, now, caseId);
    }

    @Override
    public Optional<HelpCase> withdraw(long caseId, Instant now) {
        return transition(caseId, "UPDATE cases SET status = 'closed', outcome = ?, closed_at = ?, updated_at = ? "
                + "WHERE id = ? AND status = 'open' AND priority = 'request'", WITHDRAWN, now, now, caseId);
    }

    private Optional<HelpCase> transition(long caseId, String sql, Object... args) {
        return db.write(c -> Rows.update(c, sql, args) == 1 ? byId(c, caseId) : Optional.empty());
    }

    @Override
    public List<Long> triggers(long caseId) {
        return db.read(c -> {
            return Query.list(c, rs -> rs.getLong(1), "SELECT message_id FROM case_triggers WHERE case_id = ? ORDER BY message_id", caseId);
        });
    }

    private static List<HelpCase> query(Connection c, String sql, Object... args) throws SQLException {
        return Query.list(c, SqliteCaseStore::helpCase, sql, args);
    }

    private static HelpCase helpCase(ResultSet rs) throws SQLException {
        return new HelpCase(rs.getLong("id"), rs.getLong("conversation_id"), CaseStatus.parse(rs.getString("status")),
                Priority.parse(rs.getString("priority")), Rows.list(rs.getString("indicators")),
                Channel.parse(rs.getString("channel")), Lang.parseOrDefault(rs.getString("lang")),
                rs.getString("claimed_by"), Rows.instant(rs, "opened_at"), Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "claimed_at"), Rows.instant(rs, "closed_at"), rs.getString("outcome"));
    }
}
