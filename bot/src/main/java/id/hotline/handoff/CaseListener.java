package id.hotline.handoff;

import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;

/** Told about case changes and new messages in conversations with a live case (console, counselor group alert). */
public interface CaseListener {
    /** A case was opened, re-prioritised, claimed, released or closed. */
    default void caseChanged(HelpCase helpCase, CaseEvent event) {
    }

    /** A message was added to a conversation that has a live case. */
    default void messageAdded(HelpCase helpCase, StoredMessage message) {
    }

    enum CaseEvent { OPENED, REPRIORITISED, UPDATED, CLAIMED, RELEASED, CLOSED }
}
