package id.hotline.console;

import id.hotline.console.CaseRecords.AuditEntry;
import id.hotline.console.CaseRecords.CannedReply;
import id.hotline.store.AuditStore;
import id.hotline.store.CannedReplyStore;
import id.hotline.store.ConversationStore;

import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;

/** Admin-only work besides accounts: canned replies, the audit log, deleting a person's data. */
public final class AdminDesk {
    private static final int MAX_TITLE = 80;
    private final CannedReplyStore canned;
    private final AuditStore audit;
    private final ConversationStore conversations;
    private final LongConsumer afterDelete;
    private final Clock clock;

    /** @param afterDelete told the id of a deleted conversation (forget cached dialog state, tell open consoles) */
    public AdminDesk(CannedReplyStore canned, AuditStore audit, ConversationStore conversations, LongConsumer afterDelete,
                     Clock clock) {
        this.canned = canned;
        this.audit = audit;
        this.conversations = conversations;
        this.afterDelete = afterDelete;
        this.clock = clock;
    }

    /** Every counselor may read and use canned replies. */
    public List<CannedReply> cannedReplies() {
        return canned.all();
    }

    public CannedReply createCanned(ConsoleSession who, String title, String text) {
        AccountService.requireAdmin(who);
        CannedReply r = canned.create(title(title), CaseDesk.text(text, "teks"), who.username(), clock.instant());
        audit.record(clock.instant(), who.username(), "canned_created", null, null, "canned=" + r.id());
        return r;
    }

    public CannedReply updateCanned(ConsoleSession who, long id, String title, String text) {
        AccountService.requireAdmin(who);
        CannedReply r = canned.update(id, title(title), CaseDesk.text(text, "teks"), who.username(), clock.instant())
                .orElseThrow(() -> DeskException.notFound("balasan siap pakai"));
        audit.record(clock.instant(), who.username(), "canned_updated", null, null, "canned=" + id);
        return r;
    }

    public void deleteCanned(ConsoleSession who, long id) {
        AccountService.requireAdmin(who);
        if (!canned.delete(id)) {
            throw DeskException.notFound("balasan siap pakai");
        }
        audit.record(clock.instant(), who.username(), "canned_deleted", null, null, "canned=" + id);
    }

    public List<AuditEntry> audit(ConsoleSession who, int limit, long beforeId) {
        AccountService.requireAdmin(who);
        return audit.latest(Math.max(1, Math.min(limit, 500)), beforeId <= 0 ? Long.MAX_VALUE : beforeId);
    }

    /** Deletes the conversation with its messages, session, cases, notes, consent and referrals. */
    public void deleteConversation(ConsoleSession who, long conversationId) {
        AccountService.requireAdmin(who);
        if (conversations.find(conversationId).isEmpty()) {
            throw DeskException.notFound("percakapan");
        }
        conversations.delete(conversationId);
        afterDelete.accept(conversationId);
        audit.record(clock.instant(), who.username(), "conversation_deleted", null, conversationId, null);
    }

    private static String title(String value) {
        String t = CaseDesk.text(value, "judul");
        if (t.length() > MAX_TITLE) {
            throw DeskException.invalid("judul maksimal " + MAX_TITLE + " karakter");
        }
        return t;
    }
}
