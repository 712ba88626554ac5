package id.hotline.console;

import id.hotline.handoff.CaseListener;
import id.hotline.store.AuditStore;

import java.time.Clock;

/**
 * Writes to the audit log when a person deletes their own conversation (/hapus ya): its cases vanish from the console,
 * and whoever looks later sees why. Only the conversation's number, never what was in it.
 */
public final class DeletionAudit implements CaseListener {
    private final AuditStore audit;
    private final Clock clock;

    public DeletionAudit(AuditStore audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void conversationDeleted(long conversationId, boolean byPerson) {
        if (byPerson) { // an admin's delete is logged by AdminDesk with the admin's name
            audit.record(clock.instant(), "person", "conversation_deleted", null, conversationId, "by the person (/hapus)");
        }
    }
}
