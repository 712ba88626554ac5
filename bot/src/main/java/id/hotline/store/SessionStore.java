package id.hotline.store;

import id.hotline.domain.SessionState;

/** Per-conversation dialog state: kept in memory, written through to the database. */
public interface SessionStore {
    SessionState load(long conversationId);

    void save(long conversationId, SessionState state);

    /** Forgets a conversation's state (after its data is deleted). */
    void forget(long conversationId);
}
