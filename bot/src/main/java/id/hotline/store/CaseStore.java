package id.hotline.store;

import id.hotline.domain.CaseStatus;
import id.hotline.domain.Channel;
import id.hotline.domain.HelpCase;
import id.hotline.domain.Lang;
import id.hotline.domain.Priority;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Cases handed to counselors. */
public interface CaseStore {
    /** What opening or updating did. */
    record Change(HelpCase helpCase, boolean created, boolean reprioritised) {
    }

    /**
     * Opens a case for the conversation, or updates its live (not closed) case: priority only goes up,
     * indicators are merged, the message is added to the triggers. Never two live cases per conversation.
     */
    Change openOrUpdate(long conversationId, Priority priority, List<String> indicators, Channel channel, Lang lang,
                        long triggerMessageId, Instant now);

    /** The case of this conversation that is open or claimed. */
    Optional<HelpCase> live(long conversationId);

    /** The case of this conversation closed last, if any. */
    Optional<HelpCase> lastClosed(long conversationId);

    Optional<HelpCase> find(long caseId);

    /** Cases with these statuses (all when empty), most urgent and longest waiting first. */
    List<HelpCase> list(List<CaseStatus> statuses);

    /** Claims an open case for a counselor; empty when it is not open (already claimed or closed). */
    Optional<HelpCase> claim(long caseId, String counselor, Instant now);

    /** Gives a claimed case back to the queue. */
    Optional<HelpCase> release(long caseId, String counselor, Instant now);

    /** Closes a live case with an outcome; the bot answers the person again afterwards. */
    Optional<HelpCase> close(long caseId, String outcome, Instant now);

    /** The outcome of a request the person took back ({@link #withdraw}); the console's Outcome.WITHDRAWN. */
    String WITHDRAWN = "withdrawn";

    /**
     * Closes a counselor request the person takes back (outcome {@link #WITHDRAWN}), only while it is still a request
     * no counselor has taken: empty when it was claimed or raised by a sign meanwhile.
     */
    Optional<HelpCase> withdraw(long caseId, Instant now);

    /** Message ids that opened or raised the case. */
    List<Long> triggers(long caseId);
}
