package id.hotline.store.sqlite;

import id.hotline.store.TelegramOutbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class SqliteTelegramOutbox implements TelegramOutbox {
    private final Database db;

    public SqliteTelegramOutbox(Database db) {
        this.db = db;
    }

    @Override
    public void enqueue(String source, List<Item> items, Instant now) {
        db.write(c -> {
            insert(c, source, items, now);
            return null;
        });
    }

    @Override
    public void complete(long updateId, List<Item> items, Instant now) {
        db.write(c -> {
            insert(c, "update:" + updateId, items, now);
            return Rows.update(c, "UPDATE telegram_updates SET status = 'done', text = NULL, processed_at = ? "
                    + "WHERE update_id = ?", now.toEpochMilli(), updateId);
        });
    }

    private static void insert(Connection c, String source, List<Item> items, Instant now) throws SQLException {
        int seq = 0;
        for (Item i : items) {
            Rows.update(c, "INSERT OR IGNORE INTO telegram_outbox (source, seq, chat_id, action, text, buttons, protect, "
                    + "target, status, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                    source, seq++, i.chatId(), i.action().name().toLowerCase(Locale.ROOT), i.text(),
                    buttonsJson(i.buttons()), i.protect(), i.target(), now.toEpochMilli(), now.toEpochMilli());
        }
    }

    @Override
    public List<Row> due(Instant now, int limit) {
        return db.read(c -> {
            return Query.list(c, SqliteTelegramOutbox::row, "SELECT o.* FROM telegram_outbox o WHERE o.status = 'pending' "
                    + "AND o.id = (SELECT MIN(i.id) FROM telegram_outbox i WHERE i.status = 'pending' AND i.chat_id = o.chat_id) "
                    + "AND o.next_at <= ? ORDER BY o.id LIMIT ?", now.toEpochMilli(), limit);
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        Item item = new Item(rs.getString("chat_id"), Action.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
                rs.getString("text"), buttons(rs.getString("buttons")), rs.getInt("protect") == 1, rs.getString("target"));
        return new Row(rs.getLong("id"), rs.getString("source"), rs.getInt("seq"), item, rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    @Override
    public boolean isPending(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM telegram_outbox WHERE id = ? AND status = 'pending'")) {
                Rows.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public long backlog() {
        return db.read(c -> Query.one(c, rs -> rs.getLong(1), "SELECT COUNT(*) FROM telegram_outbox WHERE status = 'pending'")
                .orElse(0L));
    }

    @Override
    public Optional<Instant> nextDue() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(next_at) FROM telegram_outbox WHERE status = 'pending'");
                 ResultSet rs = ps.executeQuery()) {
                long at = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
            }
        });
    }

    @Override
    public boolean sent(long id, Integer telegramMessageId, Instant now) {
        return db.write(c -> {
            boolean wasPending;
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM telegram_outbox WHERE id = ?")) {
                Rows.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    wasPending = rs.next() && "pending".equals(rs.getString(1));
                }
            }
            Rows.update(c, "UPDATE telegram_outbox SET status = 'sent', text = NULL, buttons = NULL, sent_at = ?, "
                    + "tg_message_id = ?, attempts = attempts + 1 WHERE id = ?", now.toEpochMilli(), telegramMessageId, id);
            return wasPending;
        });
    }

    @Override
    public void retryAt(long id, Instant at) {
        db.write(c -> Rows.update(c, "UPDATE telegram_outbox SET attempts = attempts + 1, next_at = ? WHERE id = ? "
                + "AND status = 'pending'", at.toEpochMilli(), id));
    }

    @Override
    public void failed(long id, Instant now) {
        db.write(c -> Rows.update(c, "UPDATE telegram_outbox SET status = 'failed', text = NULL, attempts = attempts + 1, "
                + "sent_at = ? WHERE id = ?", now.toEpochMilli(), id));
    }

    @Override
    public List<Integer> sentMessageIds(String chatId, Instant since) {
        return db.read(c -> {
            return Query.list(c, rs -> rs.getInt(1), "SELECT tg_message_id FROM telegram_outbox o WHERE chat_id = ? "
                    + "AND action = 'send' AND status = 'sent' AND tg_message_id IS NOT NULL AND sent_at >= ? "
                    + "AND NOT EXISTS (SELECT 1 FROM telegram_outbox d WHERE d.chat_id = o.chat_id AND d.action = 'delete' "
                    + "AND d.target = CAST(o.tg_message_id AS TEXT)) ORDER BY id", chatId, since.toEpochMilli());
        });
    }

    @Override
    public int cancelPending(String chatId) {
        return db.write(c -> Rows.update(c, "UPDATE telegram_outbox SET status = 'cancelled', text = NULL "
                + "WHERE chat_id = ? AND status = 'pending' AND action = 'send'", chatId));
    }

    @Override
    public void forgetTexts(String chatId) {
        db.write(c -> {
            Rows.update(c, "UPDATE telegram_outbox SET text = NULL, buttons = NULL WHERE chat_id = ? AND status <> 'pending'", chatId);
            return Rows.update(c, "UPDATE telegram_updates SET text = NULL WHERE chat_id = ? AND status <> 'pending'", chatId);
        });
    }

    @Override
    public void rememberPayload(String key, String payload) {
        db.write(c -> Rows.update(c, "INSERT OR IGNORE INTO telegram_callback_keys (key, payload) VALUES (?, ?)", key, payload));
    }

    @Override
    public Optional<String> payload(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM telegram_callback_keys WHERE key = ?")) {
                Rows.bind(ps, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public int purgeBefore(Instant before) {
        long t = before.toEpochMilli();
        return db.write(c -> Rows.update(c, "DELETE FROM telegram_outbox WHERE status <> 'pending' AND created_at < ?", t)
                + Rows.update(c, "DELETE FROM telegram_updates WHERE status <> 'pending' AND received_at < ? "
                + "AND update_id < (SELECT MAX(update_id) FROM telegram_updates)", t));
    }

    private static String buttonsJson(List<Button> buttons) {
        return Rows.pairsJson(buttons.stream().map(b -> List.of(b.data(), b.label())).toList());
    }

    private static List<Button> buttons(String json) {
        return Rows.pairs(json).stream().map(p -> new Button(p.get(0), p.get(1))).toList();
    }
}
