package id.hotline.handoff;

import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;

/** Told about case changes and new messages in conversations with a live case (console, counselor group alert). */
public interface CaseListener {
    /** A case was opened, re-prioritised, claimed, released or closed, or an unclaimed emergency is re-alerted. */
    default void caseChanged(HelpCase helpCase, CaseEvent event) {
    }

    /** A message was added to a conversation that has a live case. */
    default void messageAdded(HelpCase helpCase, StoredMessage message) {
    }

    /**
     * A conversation was deleted with its messages and cases: by the person (/hapus ya) when byPerson, else by an
     * admin. Its cases are gone, so a console must drop them.
     */
    default void conversationDeleted(long conversationId, boolean byPerson) {
    }

    /** REALERT: an emergency case is still not claimed after the re-alert time (see {@link EmergencyRealerter}). */
    enum CaseEvent { OPENED, REPRIORITISED, UPDATED, CLAIMED, RELEASED, CLOSED, REALERT }
}
