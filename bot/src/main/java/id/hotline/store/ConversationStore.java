package id.hotline.store;

import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Lang;
import id.hotline.domain.StoredMessage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations and every message in them, in and out. */
public interface ConversationStore {
    /** The conversation of this person on this channel, created on first contact. */
    Conversation findOrCreate(Channel channel, String userRef, Instant now);

    Optional<Conversation> find(Channel channel, String userRef);

    Optional<Conversation> find(long id);

    /** Stores a message (its id field is ignored) and returns the new id. Durable when this returns. */
    long append(StoredMessage message);

    /** Records what the NLU read in a stored inbound message. */
    default void annotate(long messageId, String intent, Double confidence, id.hotline.domain.Risk risk, List<String> indicators) {
        annotate(messageId, intent, confidence, risk, indicators, null);
    }

    /**
     * Records what the NLU read in a stored inbound message and what the bot did with it (null when it did not read
     * it as a question: commands, media).
     */
    void annotate(long messageId, String intent, Double confidence, id.hotline.domain.Risk risk, List<String> indicators,
                  id.hotline.domain.TurnOutcome outcome);

    /** Messages of a conversation with id greater than afterId, oldest first. */
    List<StoredMessage> messages(long conversationId, long afterId, int limit);

    /** When the person last wrote in each of these conversations (conversations without a message of theirs are left out). */
    Map<Long, Instant> lastFromPerson(Collection<Long> conversationIds);

    void setLang(long conversationId, Lang lang);

    /**
     * The conversation's resume code, given it first from {@code newCode} (called again when a code is taken): what a
     * web chat person types after a quick exit to see their conversation again.
     */
    String resumeCode(long conversationId, java.util.function.Supplier<String> newCode);

    /** The conversation a resume code was given to. */
    Optional<Conversation> findByResumeCode(String code);

    /** Deletes the conversation and everything attached to it (messages, session, cases). */
    void delete(long conversationId);
}
