package id.hotline.dialog;

import id.hotline.domain.Analysis;
import id.hotline.domain.Conversation;
import id.hotline.domain.Direction;
import id.hotline.domain.HelpCase;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.Lang;
import id.hotline.domain.Priority;
import id.hotline.domain.Reply;
import id.hotline.domain.Risk;
import id.hotline.domain.SessionState;
import id.hotline.domain.StoredMessage;
import id.hotline.domain.TurnOutcome;
import id.hotline.handoff.CaseService;
import id.hotline.store.ConversationStore;
import id.hotline.store.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One inbound message in, one reply out: store it, check takeover, read it, answer or escalate, store the reply.
 * Every channel goes through here with the same {@link InboundMessage}.
 */
public final class ConversationEngine {
    /** How sure the classifier alone must be that a message in a case's conversation is danger now (see clearDanger). */
    static final double HELD_DANGER_CONFIDENCE = 0.85;
    private static final Logger LOG = LoggerFactory.getLogger(ConversationEngine.class);
    private final Supplier<Brain> brain;
    private final ConversationStore conversations;
    private final SessionStore sessions;
    private final CaseService cases;
    private final DialogPolicy policy;
    private final Clock clock;

    public ConversationEngine(Supplier<Brain> brain, ConversationStore conversations, SessionStore sessions,
                              CaseService cases, DialogPolicy policy, Clock clock) {
        this.brain = brain;
        this.conversations = conversations;
        this.sessions = sessions;
        this.cases = cases;
        this.policy = policy;
        this.clock = clock;
    }

    public Turn handle(InboundMessage in) {
        Instant now = clock.instant();
        Conversation conv = conversations.findOrCreate(in.channel(), in.userRef(), now);
        long inboundId = storeInbound(conv, in);
        Optional<HelpCase> live = cases.live(conv.id());
        SessionState state = sessions.load(conv.id());
        if (live.isPresent() && live.get().heldByCounselor() && !DialogPolicy.actsWhileHeld(in, state)) {
            return relayOnly(conv, inboundId, in, state, live.get());
        }
        Brain b = brain.get();
        Decision decision;
        SessionState next;
        TurnOutcome outcome = null;
        try {
            var ctx = new DialogPolicy.Context(conv, inboundId, in, state, b, live, policy.answerValues());
            decision = policy.decide(ctx);
            next = ctx.nextState();
            if (ctx.analysis() != null) {
                Analysis a = ctx.analysis();
                conversations.annotate(inboundId, a.classification().intent(), a.classification().confidence(),
                        a.risk().risk(), a.risk().indicators(), ctx.outcome());
            } else if (ctx.outcome() != null) {
                conversations.annotate(inboundId, decision.intent(), null, null, List.of(), ctx.outcome()); // a chosen topic
            }
            outcome = ctx.outcome();
            if (ctx.deleted()) {
                sessions.forget(conv.id());
                cases.conversationDeleted(conv.id(), true); // the console drops the case, as after an admin's deletion
                return new Turn(conv.id(), inboundId, 0, Optional.of(decision.reply()), null, 0, decision.risk(), List.of(),
                        Optional.empty(), null);
            }
        } catch (RuntimeException e) {
            LOG.error("conversation {}: message {} could not be processed: {}", conv.id(), inboundId, e.toString());
            decision = Decision.of(new Replies(b.kb(), state).withDangerLines("error_fallback"));
            next = state;
            outcome = null;
        }
        if (next.lang() != conv.lang()) {
            conversations.setLang(conv.id(), next.lang());
        }
        sessions.save(conv.id(), next);
        long outboundId = storeReply(conv, in, decision.reply(), decision.intent());
        Optional<HelpCase> after = cases.live(conv.id());
        if (after.isPresent()) {
            relay(conv, inboundId, 2);
        }
        return new Turn(conv.id(), inboundId, outboundId, Optional.of(decision.reply()), decision.intent(),
                decision.confidence(), decision.risk(), decision.indicators(), after.map(HelpCase::id), outcome);
    }

    /**
     * A message over the rate limit: the bot does not answer it. In a conversation with a live case it is still stored
     * and shown to the counselor (it may be the address they asked for), and danger now in it still raises the case
     * and gets the emergency lines; otherwise it is not kept. The reply is those emergency lines, or else a friendly
     * notice with what to do in danger when {@code notice} is set (a channel that already told the person this minute
     * sends nothing more). The emergency lines are stored as a bot message, and come with their id.
     */
    public Optional<OverLimitReply> overLimit(InboundMessage in, boolean notice) {
        Optional<Conversation> conv = conversations.find(in.channel(), in.userRef());
        Optional<HelpCase> live = conv.flatMap(c -> cases.live(c.id()));
        SessionState state = conv.map(c -> sessions.load(c.id())).orElse(SessionState.NEW);
        Optional<OverLimitReply> danger = Optional.empty();
        if (live.isPresent()) {
            Turn turn = relayOnly(conv.get(), storeInbound(conv.get(), in), in, state, live.get());
            danger = turn.reply().map(r -> new OverLimitReply(r, turn.outboundId()));
        }
        if (danger.isPresent() || !notice) {
            return danger;
        }
        return Optional.of(new OverLimitReply(new Replies(brain.get().kb(), state).rateLimited(live.isPresent()), 0));
    }

    /**
     * A message the bot does not answer while a case is live (a counselor holds the chat, or the person is over the
     * rate limit): it goes to the counselor, except when the bot reads danger now. Then the case is raised to an
     * emergency (which alerts, as a new case would) and the person gets the emergency lines at once: the counselor may
     * have stepped away.
     */
    private Turn relayOnly(Conversation conv, long inboundId, InboundMessage in, SessionState state, HelpCase live) {
        Brain b = brain.get(); // one knowledge base for the reading and the reply, even if a reload lands meanwhile
        Analysis a = in.text() == null || in.text().isBlank() ? null : b.nlu().analyse(in.text());
        if (a == null || a.risk().risk() != Risk.EMERGENCY || !clearDanger(b, a)) {
            relay(conv, inboundId, 1);
            return new Turn(conv.id(), inboundId, 0, Optional.empty(), null, 0, Risk.NONE, List.of(), Optional.of(live.id()), null);
        }
        conversations.annotate(inboundId, a.classification().intent(), a.classification().confidence(), a.risk().risk(),
                a.risk().indicators(), TurnOutcome.ESCALATED);
        relay(conv, inboundId, 1); // annotated first: the console shows the reading the case is raised for
        cases.escalate(conv, Priority.EMERGENCY, a.risk().indicators(), state.lang(), inboundId);
        SessionState where = Abroad.writerAbroad(a.normalized(), in.text(), b.kb().slang()) ? state.abroadNow() : state;
        Reply reply = new Replies(b.kb(), where).dangerInCase(live.heldByCounselor(), policy.dutyNow(),
                a.risk().indicators().contains(DialogPolicy.SUICIDAL));
        long outboundId = storeReply(conv, in, reply, a.classification().intent());
        relay(conv, outboundId, 1);
        return new Turn(conv.id(), inboundId, outboundId, Optional.of(reply), a.classification().intent(),
                a.classification().confidence(), Risk.EMERGENCY, a.risk().indicators(), Optional.of(live.id()),
                TurnOutcome.ESCALATED);
    }

    private long storeInbound(Conversation conv, InboundMessage in) {
        return conversations.append(new StoredMessage(0, conv.id(), Direction.IN, "user", in.kind(), in.text(), null, null,
                null, List.of(), in.receivedAt()));
    }

    private long storeReply(Conversation conv, InboundMessage in, Reply reply, String intent) {
        return conversations.append(new StoredMessage(0, conv.id(), Direction.OUT, "bot", in.kind(), reply.text(), intent,
                null, null, List.of(), clock.instant(), reply.suggestions()));
    }

    /**
     * Danger now that may cut into a case's conversation (the counselor is already reading every message): a danger
     * pattern matched, or the classifier alone is quite sure. Answers to a counselor's "are you safe?" ("iya kak sy
     * aman, majikan lg pergi", "yes I am safe, I am in my room", "hp sy mau habis batre") read as danger by the
     * classifier alone at 0.5-0.7; "dia mabuk mau pukul sy, sy kunci diri di kamar mandi" reads 0.9.
     */
    private static boolean clearDanger(Brain b, Analysis a) {
        if (a.classification().confidence() >= HELD_DANGER_CONFIDENCE) {
            return true;
        }
        return b.kb().indicatorsIn(a.risk().indicators()).stream().anyMatch(i -> i.risk() == Risk.EMERGENCY);
    }

    /** Shows the console the conversation's stored messages from firstId on (count of them), when a case is live. */
    private void relay(Conversation conv, long firstId, int count) {
        conversations.messages(conv.id(), firstId - 1, count).forEach(m -> cases.messageAdded(conv.id(), m));
    }

    /** A text of messages.yaml in the live knowledge base, for words a channel says itself. */
    public String message(String key, Lang lang) {
        return brain.get().kb().message(key, lang);
    }

    /** The language the person reads, as remembered for this conversation. */
    public Lang languageOf(long conversationId) {
        return sessions.load(conversationId).lang();
    }
}
