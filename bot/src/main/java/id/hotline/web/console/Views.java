package id.hotline.web.console;

import id.hotline.console.Account;
import id.hotline.console.CaseFile;
import id.hotline.console.CaseRecords.AuditEntry;
import id.hotline.console.CaseRecords.CannedReply;
import id.hotline.console.CaseRecords.Consent;
import id.hotline.console.CaseRecords.Note;
import id.hotline.console.CaseRecords.Referral;
import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON shapes of the console API. Text goes out as data; the console page renders it with textContent only. */
final class Views {
    private Views() {
    }

    static Map<String, Object> summary(HelpCase c, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("conversationId", c.conversationId());
        m.put("status", c.status().wire());
        m.put("priority", c.priority().wire());
        m.put("indicators", c.indicators());
        m.put("channel", c.channel().wire());
        m.put("lang", c.lang().code());
        m.put("claimedBy", c.claimedBy());
        m.put("openedAt", str(c.openedAt()));
        m.put("updatedAt", str(c.updatedAt()));
        m.put("claimedAt", str(c.claimedAt()));
        m.put("closedAt", str(c.closedAt()));
        m.put("outcome", c.outcome());
        Instant end = c.closedAt() != null ? c.closedAt() : now;
        m.put("waitingSeconds", Math.max(0, Duration.between(c.openedAt(), end).toSeconds()));
        return m;
    }

    static Map<String, Object> message(StoredMessage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("direction", s.direction().name().toLowerCase(java.util.Locale.ROOT));
        m.put("from", s.fromCounselor() ? "counselor" : s.author());
        m.put("counselor", s.fromCounselor() ? s.author().substring("counselor:".length()) : null);
        m.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("text", s.text());
        m.put("intent", s.intent());
        m.put("confidence", s.confidence());
        m.put("risk", s.risk() == null ? null : s.risk().wire());
        m.put("indicators", s.indicators());
        m.put("at", str(s.at()));
        return m;
    }

    static Map<String, Object> file(CaseFile f, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", summary(f.helpCase(), now));
        m.put("messages", f.messages().stream().map(Views::message).toList());
        m.put("triggers", f.triggers());
        m.put("notes", f.notes().stream().map(Views::note).toList());
        m.put("consents", f.consents().stream().map(Views::consent).toList());
        m.put("referrals", f.referrals().stream().map(Views::referral).toList());
        return m;
    }

    static Map<String, Object> note(Note n) {
        return map("id", n.id(), "author", n.author(), "text", n.text(), "at", str(n.at()));
    }

    static Map<String, Object> consent(Consent c) {
        return map("id", c.id(), "given", c.given(), "recordedBy", c.recordedBy(), "note", c.note(), "at", str(c.at()));
    }

    static Map<String, Object> referral(Referral r) {
        return map("id", r.id(), "service", r.service().wire(), "label", r.service().label(), "note", r.note(),
                "referredBy", r.referredBy(), "at", str(r.at()));
    }

    static Map<String, Object> canned(CannedReply r) {
        return map("id", r.id(), "title", r.title(), "text", r.text(), "updatedBy", r.updatedBy(), "updatedAt", str(r.updatedAt()));
    }

    static Map<String, Object> account(Account a, Instant now) {
        return map("id", a.id(), "username", a.username(), "role", a.role().wire(), "active", a.active(),
                "locked", a.lockedAt(now), "createdAt", str(a.createdAt()));
    }

    static Map<String, Object> audit(AuditEntry e) {
        return map("id", e.id(), "at", str(e.at()), "actor", e.actor(), "action", e.action(), "caseId", e.caseId(),
                "conversationId", e.conversationId(), "detail", e.detail());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String str(Instant t) {
        return t == null ? null : t.toString();
    }
}
