package id.hotline.store.sqlite;

import id.hotline.domain.MessageKind;
import id.hotline.store.TelegramInbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

public final class SqliteTelegramInbox implements TelegramInbox {
    private final Database db;

    public SqliteTelegramInbox(Database db) {
        this.db = db;
    }

    @Override
    public int receive(List<Entry> entries, List<Long> skipped, Instant now) {
        if (entries.isEmpty() && skipped.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            int added = 0;
            for (Entry e : entries) {
                added += Rows.update(c, "INSERT OR IGNORE INTO telegram_updates (update_id, status, chat_id, message_id, "
                        + "private_chat, kind, text, callback_id, received_at) VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?)",
                        e.updateId(), e.chatId(), e.messageId(), e.privateChat(), e.kind().name(), e.text(), e.callbackId(),
                        e.receivedAt().toEpochMilli());
            }
            for (Long id : skipped) {
                Rows.update(c, "INSERT OR IGNORE INTO telegram_updates (update_id, status, received_at, processed_at) "
                        + "VALUES (?, 'skipped', ?, ?)", id, now.toEpochMilli(), now.toEpochMilli());
            }
            return added;
        });
    }

    @Override
    public long highWater() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(update_id), 0) FROM telegram_updates");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<Entry> pending(int limit) {
        return db.read(c -> {
            return Query.list(c, SqliteTelegramInbox::entry, "SELECT * FROM telegram_updates WHERE status = 'pending' "
                    + "ORDER BY update_id LIMIT ?", limit);
        });
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        int messageId = rs.getInt("message_id");
        Integer mid = rs.wasNull() ? null : messageId;
        return new Entry(rs.getLong("update_id"), rs.getString("chat_id"), mid, rs.getInt("private_chat") == 1,
                MessageKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("callback_id"),
                Instant.ofEpochMilli(rs.getLong("received_at")), rs.getInt("attempts"));
    }

    @Override
    public void attemptFailed(long updateId, boolean giveUp, Instant now) {
        db.write(c -> Rows.update(c, "UPDATE telegram_updates SET attempts = attempts + 1, status = ?, "
                + "text = CASE WHEN ? THEN NULL ELSE text END, processed_at = ? WHERE update_id = ?",
                giveUp ? "failed" : "pending", giveUp, giveUp ? now.toEpochMilli() : null, updateId));
    }

    @Override
    public List<Integer> messageIds(String chatId, Instant since) {
        return db.read(c -> {
            return Query.list(c, rs -> rs.getInt(1), "SELECT message_id FROM telegram_updates WHERE chat_id = ? "
                    + "AND message_id IS NOT NULL AND private_chat = 1 AND received_at >= ? ORDER BY update_id", chatId, since.toEpochMilli());
        });
    }
}
