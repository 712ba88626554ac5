package id.hotline.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.hotline.domain.SessionState;
import id.hotline.store.SessionStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/** Session state in a Caffeine cache, written through to SQLite so a restart keeps every conversation's place. */
public final class CachedSessionStore implements SessionStore {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Database db;
    private final Cache<Long, SessionState> cache = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(Duration.ofHours(6)).build();

    public CachedSessionStore(Database db) {
        this.db = db;
    }

    @Override
    public SessionState load(long conversationId) {
        return cache.get(conversationId, this::fromDatabase);
    }

    private SessionState fromDatabase(long conversationId) {
        String json = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM sessions WHERE conversation_id = ?")) {
                ps.setLong(1, conversationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (json == null) {
            return SessionState.NEW;
        }
        try {
            return JSON.readValue(json, SessionState.class);
        } catch (JsonProcessingException e) {
            return SessionState.NEW;
        }
    }

    @Override
    public void save(long conversationId, SessionState state) {
        String json;
        try {
            json = JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        db.write(c -> Rows.update(c, "INSERT INTO sessions (conversation_id, state, updated_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (conversation_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                conversationId, json, Instant.now()));
        cache.put(conversationId, state);
    }

    @Override
    public void forget(long conversationId) {
        cache.invalidate(conversationId);
    }
}
