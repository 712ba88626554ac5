package id.hotline.handoff;

import id.hotline.channel.ReplySender;
import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Direction;
import id.hotline.domain.HelpCase;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.Reply;
import id.hotline.domain.StoredMessage;
import id.hotline.store.CaseStore;
import id.hotline.store.ConversationStore;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Opens, claims and closes cases, and carries counselor messages to the person. */
public final class CaseService {
    private final CaseStore cases;
    private final ConversationStore conversations;
    private final CaseEvents events;
    private final Map<Channel, ReplySender> senders;
    private final Function<Lang, Function<String, String>> messages;
    private final Clock clock;

    /**
     * @param messages UI text by language and key (from the knowledge base), for what the person is told on close
     */
    public CaseService(CaseStore cases, ConversationStore conversations, CaseEvents events, Map<Channel, ReplySender> senders,
                       Function<Lang, Function<String, String>> messages, Clock clock) {
        this.cases = cases;
        this.conversations = conversations;
        this.events = events;
        this.senders = Map.copyOf(senders);
        this.messages = messages;
        this.clock = clock;
    }

    public CaseStore.Change escalate(Conversation conversation, Priority priority, List<String> indicators, Lang lang,
                                     long triggerMessageId) {
        CaseStore.Change change = cases.openOrUpdate(conversation.id(), priority, indicators, conversation.channel(), lang,
                triggerMessageId, clock.instant());
        CaseListener.CaseEvent event = change.created() ? CaseListener.CaseEvent.OPENED
                : change.reprioritised() ? CaseListener.CaseEvent.REPRIORITISED : CaseListener.CaseEvent.UPDATED;
        events.caseChanged(change.helpCase(), event);
        return change;
    }

    public Optional<HelpCase> live(long conversationId) {
        return cases.live(conversationId);
    }

    /** The case of this conversation closed last, if any. */
    public Optional<HelpCase> lastClosed(long conversationId) {
        return cases.lastClosed(conversationId);
    }

    /** Tells listeners (the console) that a conversation and its cases were deleted, by the person or by an admin. */
    public void conversationDeleted(long conversationId, boolean byPerson) {
        events.conversationDeleted(conversationId, byPerson);
    }

    /** Tells listeners (the console) about a message in a conversation that has a live case. */
    public void messageAdded(long conversationId, StoredMessage message) {
        cases.live(conversationId).ifPresent(c -> events.messageAdded(c, message));
    }

    public Optional<HelpCase> claim(long caseId, String counselor) {
        Optional<HelpCase> claimed = cases.claim(caseId, counselor, clock.instant());
        claimed.ifPresent(c -> {
            events.caseChanged(c, CaseListener.CaseEvent.CLAIMED);
            sendToPerson(c, "bot", messages.apply(c.lang()).apply("counselor_joined"));
        });
        return claimed;
    }

    /** Hands the case back to the queue and tells the person, who was told a counselor was with them. */
    public Optional<HelpCase> release(long caseId, String counselor) {
        Optional<HelpCase> released = cases.release(caseId, counselor, clock.instant());
        released.ifPresent(c -> {
            events.caseChanged(c, CaseListener.CaseEvent.RELEASED);
            sendToPerson(c, "bot", messages.apply(c.lang()).apply("counselor_left"));
        });
        return released;
    }

    /** Closes the case, tells the person, and lets the bot answer again. */
    public Optional<HelpCase> close(long caseId, String outcome) {
        Optional<HelpCase> closed = cases.close(caseId, outcome, clock.instant());
        closed.ifPresent(c -> {
            sendToPerson(c, "bot", messages.apply(c.lang()).apply("case_closed"));
            events.caseChanged(c, CaseListener.CaseEvent.CLOSED);
        });
        return closed;
    }

    /**
     * The person takes back a counselor request no counselor has taken yet: closed as withdrawn, shown closed in the
     * console; the person's reply is the dialog's. Empty when a counselor took it or a sign raised it meanwhile.
     */
    public Optional<HelpCase> withdraw(long caseId) {
        Optional<HelpCase> closed = cases.withdraw(caseId, clock.instant());
        closed.ifPresent(c -> events.caseChanged(c, CaseListener.CaseEvent.CLOSED));
        return closed;
    }

    /** A counselor's message: stored, shown in the console, delivered to the person on their channel. */
    public Optional<StoredMessage> counselorSays(long caseId, String counselor, String text) {
        return cases.find(caseId).filter(c -> c.status() != id.hotline.domain.CaseStatus.CLOSED)
                .map(c -> sendToPerson(c, "counselor:" + counselor, text));
    }

    private StoredMessage sendToPerson(HelpCase c, String author, String text) {
        Conversation conv = conversations.find(c.conversationId()).orElseThrow();
        StoredMessage draft = new StoredMessage(0, conv.id(), Direction.OUT, author, MessageKind.TEXT, text, null, null,
                null, List.of(), clock.instant());
        long id = conversations.append(draft);
        StoredMessage stored = new StoredMessage(id, draft.conversationId(), draft.direction(), draft.author(), draft.kind(),
                draft.text(), null, null, null, List.of(), draft.at());
        events.messageAdded(c, stored);
        ReplySender sender = senders.get(conv.channel());
        if (sender != null) {
            sender.deliver(conv, id, new Reply(text, List.of(), true));
        }
        return stored;
    }
}
