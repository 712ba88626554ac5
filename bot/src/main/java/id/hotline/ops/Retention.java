package id.hotline.ops;

import id.hotline.store.StoreException;
import id.hotline.store.sqlite.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps personal data only as long as allowed. Conversations that had a case: once every case is closed and the
 * last closed more than {@code closedCaseDays} ago, message texts older than that are replaced by {@link #MARKER}
 * and the buttons offered under them dropped (intent, risk, indicators and times stay for statistics), so are
 * counselors' notes on those cases, and the person's channel id is replaced by a pseudonym.
 * Conversations that never had a case are deleted after {@code botOnlyDays} without a message. Then the file is
 * compacted so the old text leaves no bytes behind.
 */
public final class Retention {
    public static final String MARKER = "[anonymised]";
    public static final String PSEUDONYM_PREFIX = "retired-";
    /** Conversations with cases, none live, the last closed before the cutoff. */
    private static final String CLOSED_LONG_AGO = "SELECT conversation_id FROM cases GROUP BY conversation_id "
            + "HAVING SUM(status <> 'closed') = 0 AND MAX(closed_at) < ?";

    private final Database db;
    private final Clock clock;
    private final int closedCaseDays;
    private final int botOnlyDays;

    /**
     * What one run changed; {@code anonymisedMessages} counts message texts and case notes replaced.
     * {@code affectedConversations} must be forgotten by caches (session state).
     */
    public record Result(int anonymisedMessages, int pseudonymisedConversations, int deletedConversations,
                         List<Long> affectedConversations, boolean compacted) {
    }

    public Retention(Database db, Clock clock, int closedCaseDays, int botOnlyDays) {
        if (closedCaseDays < 1 || botOnlyDays < 1) {
            throw new IllegalArgumentException("retention periods must be at least one day");
        }
        this.db = db;
        this.clock = clock;
        this.closedCaseDays = closedCaseDays;
        this.botOnlyDays = botOnlyDays;
    }

    public Result run() {
        Instant now = clock.instant();
        String closedCutoff = now.minus(Duration.ofDays(closedCaseDays)).toString();
        String idleCutoff = now.minus(Duration.ofDays(botOnlyDays)).toString();
        Result r = db.write(c -> {
            int anonymised = update(c, "UPDATE messages SET text = ?, buttons = NULL WHERE text <> ? AND created_at < ? "
                    + "AND conversation_id IN (" + CLOSED_LONG_AGO + ")", MARKER, MARKER, closedCutoff, closedCutoff);
            anonymised += anonymiseCaseRecords(c, closedCutoff);
            List<Long> affected = ids(c, "SELECT id FROM conversations WHERE last_seen_at < ? AND user_ref NOT LIKE '"
                    + PSEUDONYM_PREFIX + "%' AND id IN (" + CLOSED_LONG_AGO + ")", closedCutoff, closedCutoff);
            for (long id : affected) {
                // no resume code either: "/lanjut" must not bring back a retired conversation
                update(c, "UPDATE conversations SET user_ref = ?, resume_code = NULL WHERE id = ?", PSEUDONYM_PREFIX + id, id);
                update(c, "DELETE FROM sessions WHERE conversation_id = ?", id);
            }
            List<Long> idle = ids(c, "SELECT id FROM conversations WHERE last_seen_at < ? AND NOT EXISTS "
                    + "(SELECT 1 FROM cases WHERE cases.conversation_id = conversations.id)", idleCutoff);
            for (long id : idle) {
                update(c, "DELETE FROM conversations WHERE id = ?", id);
            }
            List<Long> all = new ArrayList<>(affected);
            all.addAll(idle);
            return new Result(anonymised, affected.size(), idle.size(), all, false);
        });
        boolean compacted;
        try {
            compacted = db.compact();
        } catch (StoreException e) {
            compacted = false; // the changes are committed; the next run compacts (reported as compacted=false)
        }
        return new Result(r.anonymisedMessages(), r.pseudonymisedConversations(), r.deletedConversations(),
                r.affectedConversations(), compacted);
    }

    /** Counselors' notes on those cases, and the free-text notes of consents and referrals (kinds and times stay). */
    private static int anonymiseCaseRecords(Connection c, String closedCutoff) throws SQLException {
        String cases = "SELECT id FROM cases WHERE conversation_id IN (" + CLOSED_LONG_AGO + ")";
        return update(c, "UPDATE case_notes SET text = ? WHERE text <> ? AND case_id IN (" + cases + ")",
                MARKER, MARKER, closedCutoff)
                + update(c, "UPDATE case_consents SET note = NULL WHERE note IS NOT NULL AND case_id IN (" + cases + ")", closedCutoff)
                + update(c, "UPDATE case_referrals SET note = NULL WHERE note IS NOT NULL AND case_id IN (" + cases + ")", closedCutoff);
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    private static List<Long> ids(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
