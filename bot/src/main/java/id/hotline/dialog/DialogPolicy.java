package id.hotline.dialog;

import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Conversation;
import id.hotline.domain.HelpCase;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.Priority;
import id.hotline.domain.Reply;
import id.hotline.domain.Risk;
import id.hotline.domain.ScoredIntent;
import id.hotline.domain.SessionState;
import id.hotline.domain.TurnOutcome;
import id.hotline.handoff.CaseService;
import id.hotline.knowledge.Indicator;
import id.hotline.knowledge.Intent;
import id.hotline.store.CaseStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Chooses the reply: commands, buttons, confident answers, clarifying questions, escalation. */
public final class DialogPolicy {
    static final String HUMAN_REQUEST = "human.request";
    private static final Set<String> NOT_A_TOPIC = Set.of("out_of_scope", "smalltalk.greeting", "smalltalk.thanks");
    private static final Set<String> YES = Set.of("ya", "iya", "y", "yes", "yup", "ok", "oke", "okay", "hapus", "ya hapus",
            "iya hapus", "yes delete", "boleh", "setuju", "lanjut");
    private static final Set<String> NO = Set.of("tidak", "tdk", "gak", "ga", "nggak", "enggak", "ngga", "no", "batal",
            "jangan", "tidak jadi", "gak jadi", "ga jadi", "cancel");

    private final CaseService cases;
    private final Commands commands;
    private final double minConfidence;
    private final double minMargin;
    private final Predicate<java.time.Instant> officeOpen;
    private final Clock clock;

    /** Per-message working state handed from the engine to the policy and back. */
    static final class Context {
        final Conversation conv;
        final long inboundId;
        final InboundMessage in;
        final Brain brain;
        final Optional<HelpCase> liveCase;
        private SessionState state;
        private Analysis analysis;
        private TurnOutcome outcome;
        private boolean deleted;

        Context(Conversation conv, long inboundId, InboundMessage in, SessionState state, Brain brain, Optional<HelpCase> liveCase) {
            this.conv = conv;
            this.inboundId = inboundId;
            this.in = in;
            this.state = state;
            this.brain = brain;
            this.liveCase = liveCase;
        }

        SessionState nextState() {
            return state;
        }

        void next(SessionState s) {
            state = s;
        }

        Analysis analysis() {
            return analysis;
        }

        /** What the bot did with a question it read (free text or a chosen topic); null otherwise. */
        TurnOutcome outcome() {
            return outcome;
        }

        boolean deleted() {
            return deleted;
        }

        void markDeleted() {
            deleted = true;
        }

        Replies replies() {
            return new Replies(brain.kb(), state.lang());
        }
    }

    public DialogPolicy(CaseService cases, Commands commands, double minConfidence, double minMargin,
                        Predicate<java.time.Instant> officeOpen, Clock clock) {
        this.cases = cases;
        this.commands = commands;
        this.minConfidence = minConfidence;
        this.minMargin = minMargin;
        this.officeOpen = officeOpen;
        this.clock = clock;
    }

    /**
     * Whether the bot still acts on a message while a counselor holds the chat: commands (/hapus, /bantuan, /keluar,
     * /status ...) and the typed answer to the delete question are the person's own choices, so they keep working.
     */
    static boolean actsWhileHeld(InboundMessage in, SessionState state) {
        String text = in.text() == null ? "" : in.text().strip();
        return text.startsWith("/") || answerToQuestion(state, text) != null;
    }

    Decision decide(Context ctx) {
        Replies r = ctx.replies();
        switch (ctx.in.kind()) {
            case PHOTO, DOCUMENT, VOICE, AUDIO, VIDEO -> {
                String caption = ctx.in.text() == null ? "" : ctx.in.text().strip();
                if (!caption.isEmpty() && !caption.startsWith("/")) {
                    return freeText(ctx, caption); // a photo's caption can be a plea: read it like a message
                }
                return Decision.of(new Reply(r.msg("non_text"), List.of(r.button(Replies.COUNSELOR, "btn_counselor"),
                        r.button(Replies.MENU, "btn_menu")), false));
            }
            case STICKER, OTHER -> {
                return Decision.of(r.withMenuButton("sticker"));
            }
            case LOCATION -> {
                return Decision.of(r.plain("location_ack"));
            }
            case CONTACT -> {
                return Decision.of(r.plain("contact_ack"));
            }
            default -> {
            }
        }
        String text = ctx.in.text().strip();
        if (text.isEmpty()) {
            return Decision.of(r.plain("empty_message"));
        }
        if (text.startsWith("/")) {
            return commands.run(ctx, text, this);
        }
        String answered = answerToQuestion(ctx.state, text);
        if (answered != null) {
            return commands.run(ctx, answered, this);
        }
        String chosen = chosenByNumber(ctx.state, text);
        if (chosen != null) {
            return answerIntent(ctx, chosen, 1.0, List.of());
        }
        if (ctx.brain.kb().intents().containsKey(text)) {
            return answerIntent(ctx, text, 1.0, List.of());
        }
        return freeText(ctx, text);
    }

    /** "ya" or "tidak" typed after "delete everything?": the command the buttons would have sent, else null. */
    private static String answerToQuestion(SessionState state, String text) {
        if (!"delete".equals(state.awaiting())) {
            return null;
        }
        String word = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip().replaceAll("\\s+", " ");
        if (YES.contains(word)) {
            return "/hapus ya";
        }
        return NO.contains(word) ? "/hapus tidak" : null;
    }

    /** "2" typed after a clarifying question: the second topic offered, else null. */
    private static String chosenByNumber(SessionState state, String text) {
        if (!text.matches("[1-9]") || state.pendingChoices().isEmpty()) {
            return null;
        }
        int n = Integer.parseInt(text);
        return n <= state.pendingChoices().size() ? state.pendingChoices().get(n - 1) : null;
    }

    private Decision freeText(Context ctx, String text) {
        SessionState before = ctx.state;
        Analysis a = ctx.brain.nlu().analyse(text);
        ctx.analysis = a;
        if (a.normalized() == null || a.normalized().isBlank()) {
            return Decision.of(ctx.replies().withMenuButton("sticker"));
        }
        if (a.language() != ctx.state.lang() && text.split("\\s+").length >= 3) {
            ctx.next(ctx.state.detectedLang(a.language()));
        }
        Classification c = a.classification();
        Risk risk = a.risk().risk();
        boolean confident = c.confidence() >= minConfidence && c.confidence() - c.runnerUpScore() >= minMargin;
        if (risk.opensCase() || (confident && c.intent().equals(HUMAN_REQUEST))) {
            String answer = confident && !NOT_A_TOPIC.contains(c.intent()) ? c.intent() : riskyIntent(ctx, a);
            ctx.outcome = TurnOutcome.ESCALATED;
            return escalate(ctx, risk, a.risk().indicators(), answer, c.intent(), c.confidence());
        }
        if (confident) {
            ctx.outcome = TurnOutcome.ANSWERED;
            ctx.next(ctx.state.answered(c.intent()));
            Intent intent = ctx.brain.kb().intents().get(c.intent());
            boolean offer = intent.risk() == Risk.OFFER || risk == Risk.OFFER;
            Reply answer = offerLanguage(ctx, before, ctx.replies().answer(c.intent(), offer));
            return new Decision(answer, c.intent(), c.confidence(), risk, a.risk().indicators());
        }
        Reply reply;
        if (ctx.state.misses() == 0) {
            List<String> candidates = c.ranking().stream().map(ScoredIntent::intent)
                    .filter(i -> !NOT_A_TOPIC.contains(i) && !i.equals(HUMAN_REQUEST)).limit(3).toList();
            ctx.next(ctx.state.missed(candidates));
            ctx.outcome = TurnOutcome.CLARIFIED;
            reply = ctx.replies().clarify(candidates);
        } else {
            ctx.next(ctx.state.missed(List.of()));
            ctx.outcome = TurnOutcome.NOT_UNDERSTOOD;
            reply = ctx.replies().notUnderstood();
        }
        if (risk == Risk.OFFER && reply.suggestions().stream().noneMatch(s -> s.payload().equals(Replies.COUNSELOR))) {
            var buttons = new java.util.ArrayList<>(reply.suggestions());
            buttons.add(0, ctx.replies().button(Replies.COUNSELOR, "btn_counselor"));
            reply = new Reply(reply.text(), buttons, reply.sensitive());
        }
        return new Decision(offerLanguage(ctx, before, reply), c.intent(), c.confidence(), risk, a.risk().indicators());
    }

    /**
     * Where the reply's language was guessed rather than chosen, and the guess is new (the first reply, or the
     * guess just changed), a button switches to the other language. Not on every answer: phone screens are small.
     */
    private static Reply offerLanguage(Context ctx, SessionState before, Reply reply) {
        boolean newGuess = !before.greeted() || before.lang() != ctx.state.lang();
        return !ctx.state.langChosen() && newGuess ? ctx.replies().withLanguageSwitch(reply) : reply;
    }

    /** The answer that fits the indicators found: the intent linked to the first indicator, else the best risky one. */
    private static String riskyIntent(Context ctx, Analysis a) {
        for (String id : a.risk().indicators()) {
            for (Indicator ind : ctx.brain.kb().indicators()) {
                if (ind.id().equals(id) && !ind.intents().isEmpty()) {
                    return ind.intents().get(0);
                }
            }
        }
        return a.classification().ranking().stream().map(ScoredIntent::intent)
                .filter(i -> ctx.brain.kb().intent(i).map(x -> x.risk().opensCase() && !i.equals(HUMAN_REQUEST)).orElse(false))
                .findFirst().orElse(null);
    }

    /**
     * A button or menu choice of a topic, answered with full confidence. Asking for a counselor is a request, as
     * /konselor is. Danger now escalates. A sign of exploitation escalates when it was picked to say what the person's
     * own message meant (a clarifying question's choice); picked from the buttons under another answer it may be
     * curiosity, so it is answered with a counselor offered: the person tells us before a case is opened.
     */
    Decision answerIntent(Context ctx, String intentId, double confidence, List<String> indicators) {
        Intent intent = ctx.brain.kb().intents().get(intentId);
        if (intentId.equals(HUMAN_REQUEST)) {
            ctx.outcome = TurnOutcome.ESCALATED;
            return escalate(ctx, Risk.NONE, indicators, intentId, intentId, confidence);
        }
        boolean describesOwnMessage = ctx.state.pendingChoices().contains(intentId);
        if (intent.risk() == Risk.EMERGENCY || (intent.risk().opensCase() && describesOwnMessage)) {
            ctx.outcome = TurnOutcome.ESCALATED;
            return escalate(ctx, intent.risk(), indicators, intentId, intentId, confidence);
        }
        boolean lookedUpSign = intent.risk().opensCase();
        Reply reply = lookedUpSign ? ctx.replies().answerWithHelp(intentId)
                : ctx.replies().answer(intentId, intent.risk() == Risk.OFFER);
        ctx.outcome = TurnOutcome.ANSWERED;
        ctx.next(ctx.state.answered(intentId));
        return new Decision(reply, intentId, confidence, lookedUpSign ? Risk.OFFER : intent.risk(), indicators);
    }

    Decision escalate(Context ctx, Risk risk, List<String> indicators, String answerIntent, String intent, double confidence) {
        boolean request = !risk.opensCase();
        Priority priority = request ? Priority.REQUEST : Priority.from(risk);
        CaseStore.Change change = cases.escalate(ctx.conv, priority, indicators, ctx.state.lang(), ctx.inboundId);
        String intro = risk == Risk.EMERGENCY ? "emergency_intro" : request ? "counselor_request_intro" : "escalation_intro";
        boolean existed = !change.created();
        ctx.next(ctx.state.answered(intent));
        Reply reply = ctx.replies().escalation(intro, answerIntent, existed, officeOpen.test(clock.instant()));
        Risk reported = request ? Risk.ESCALATE.max(risk) : risk;
        return new Decision(reply, intent, confidence, reported, indicators);
    }
}
