package id.hotline.store.sqlite;

import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Direction;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Risk;
import id.hotline.domain.StoredMessage;
import id.hotline.domain.Suggestion;
import id.hotline.domain.TurnOutcome;
import id.hotline.store.ConversationStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

public final class SqliteConversationStore implements ConversationStore {
    private static final String CONVERSATION_COLUMNS = "id, channel, user_ref, lang, created_at";
    private final Database db;

    public SqliteConversationStore(Database db) {
        this.db = db;
    }

    @Override
    public Conversation findOrCreate(Channel channel, String userRef, Instant now) {
        return db.write(c -> {
            Rows.update(c, "INSERT INTO conversations (id, channel, user_ref, created_at, last_seen_at) VALUES ("
                    + IdFloors.next("conversations") + ", ?, ?, ?, ?) "
                    + "ON CONFLICT (channel, user_ref) DO UPDATE SET last_seen_at = excluded.last_seen_at",
                    channel.wire(), userRef, now, now);
            return one(c, "SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE channel = ? AND user_ref = ?",
                    channel.wire(), userRef).orElseThrow();
        });
    }

    @Override
    public Optional<Conversation> find(Channel channel, String userRef) {
        return db.read(c -> one(c, "SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE channel = ? AND user_ref = ?",
                channel.wire(), userRef));
    }

    @Override
    public Optional<Conversation> find(long id) {
        return db.read(c -> one(c, "SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE id = ?", id));
    }

    private static Optional<Conversation> one(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Conversation(rs.getLong("id"), Channel.parse(rs.getString("channel")),
                        rs.getString("user_ref"), Lang.parseOrDefault(rs.getString("lang")), Rows.instant(rs, "created_at")));
            }
        }
    }

    @Override
    public long append(StoredMessage m) {
        return db.write(c -> Rows.insert(c, "INSERT INTO messages (id, conversation_id, direction, author, kind, text, intent, "
                        + "confidence, risk, indicators, created_at, buttons) VALUES (" + IdFloors.next("messages")
                        + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.conversationId(), m.direction().name().toLowerCase(Locale.ROOT), m.author(), m.kind().name(), m.text(),
                m.intent(), m.confidence(), m.risk() == null ? null : m.risk().wire(),
                m.indicators().isEmpty() ? null : Rows.json(m.indicators()), m.at(),
                Rows.pairsJson(m.buttons().stream().map(b -> List.of(b.payload(), b.label())).toList())));
    }

    @Override
    public void annotate(long messageId, String intent, Double confidence, Risk risk, List<String> indicators,
                         TurnOutcome outcome) {
        db.write(c -> Rows.update(c, "UPDATE messages SET intent = ?, confidence = ?, risk = ?, indicators = ?, outcome = ? "
                        + "WHERE id = ?", intent, confidence, risk == null ? null : risk.wire(),
                indicators == null || indicators.isEmpty() ? null : Rows.json(indicators),
                outcome == null ? null : outcome.wire(), messageId));
    }

    @Override
    public List<StoredMessage> messages(long conversationId, long afterId, int limit) {
        return db.read(c -> {
            return Query.list(c, SqliteConversationStore::message, "SELECT * FROM messages WHERE conversation_id = ? AND id > ? "
                    + "ORDER BY id LIMIT ?", conversationId, afterId, limit);
        });
    }

    @Override
    public Map<Long, Instant> lastFromPerson(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(conversationIds.size(), "?"));
        return db.read(c -> {
            Map<Long, Instant> out = new HashMap<>();
            Query.list(c, rs -> out.put(rs.getLong(1), Instant.parse(rs.getString(2))), "SELECT conversation_id, MAX(created_at) "
                    + "FROM messages WHERE direction = 'in' AND conversation_id IN (" + marks + ") GROUP BY conversation_id",
                    conversationIds.toArray());
            return out;
        });
    }

    static StoredMessage message(ResultSet rs) throws SQLException {
        String risk = rs.getString("risk");
        return new StoredMessage(rs.getLong("id"), rs.getLong("conversation_id"),
                Direction.valueOf(rs.getString("direction").toUpperCase(Locale.ROOT)), rs.getString("author"),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("intent"),
                Rows.nullableDouble(rs, "confidence"), risk == null ? null : Risk.parse(risk),
                Rows.list(rs.getString("indicators")), Rows.instant(rs, "created_at"),
                Rows.pairs(rs.getString("buttons")).stream().map(p -> new Suggestion(p.get(0), p.get(1))).toList());
    }

    @Override
    public void setLang(long conversationId, Lang lang) {
        db.write(c -> Rows.update(c, "UPDATE conversations SET lang = ? WHERE id = ?", lang.code(), conversationId));
    }

    @Override
    public String resumeCode(long conversationId, java.util.function.Supplier<String> newCode) {
        String known = db.read(c -> resumeCodeOf(c, conversationId)); // every reply of an open case asks: no write then
        if (known != null) {
            return known;
        }
        return db.write(c -> {
            for (int attempt = 0; attempt < 10; attempt++) {
                String code = newCode.get();
                // a code already given to another conversation leaves this one without: try another
                Rows.update(c, "UPDATE conversations SET resume_code = ? WHERE id = ? AND resume_code IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM conversations WHERE resume_code = ?)", code, conversationId, code);
                String given = resumeCodeOf(c, conversationId);
                if (given != null) {
                    return given;
                }
            }
            throw new SQLException("no resume code for conversation " + conversationId + " (gone, or every code tried was taken)");
        });
    }

    private static String resumeCodeOf(Connection c, long conversationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT resume_code FROM conversations WHERE id = ?")) {
            Rows.bind(ps, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public Optional<Conversation> findByResumeCode(String code) {
        return db.read(c -> one(c, "SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE resume_code = ?", code));
    }

    @Override
    public void delete(long conversationId) {
        db.write(c -> Rows.update(c, "DELETE FROM conversations WHERE id = ?", conversationId));
        db.checkpoint(); // the person's text must not survive in the -wal file either
    }
}
