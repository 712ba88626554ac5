package id.hotline.store.sqlite;

import id.hotline.store.FeedbackStore;

import java.time.Instant;

public final class SqliteFeedbackStore implements FeedbackStore {
    // Only a bot message whose question was answered from the knowledge base can be rated, and only from its conversation.
    private static final String RECORD = "INSERT INTO feedback (message_id, intent, helpful, created_at) "
            + "SELECT m.id, m.intent, ?, ? FROM messages m WHERE m.id = ? AND m.conversation_id = ? AND m.direction = 'out' "
            + "AND m.author = 'bot' AND m.intent IS NOT NULL AND (SELECT i.outcome FROM messages i "
            + "WHERE i.conversation_id = m.conversation_id AND i.direction = 'in' AND i.id < m.id ORDER BY i.id DESC LIMIT 1) "
            + "= 'answered' ON CONFLICT (message_id) DO UPDATE SET helpful = excluded.helpful, created_at = excluded.created_at";
    private final Database db;

    public SqliteFeedbackStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean record(long conversationId, long messageId, boolean helpful, Instant at) {
        return db.write(c -> Rows.update(c, RECORD, helpful, at, messageId, conversationId)) > 0;
    }
}
