package id.hotline.dialog;

import id.hotline.domain.Analysis;
import id.hotline.domain.CaseStatus;
import id.hotline.domain.Conversation;
import id.hotline.domain.HelpCase;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.Reply;
import id.hotline.domain.Risk;
import id.hotline.domain.SessionState;
import id.hotline.domain.TurnOutcome;
import id.hotline.handoff.CaseService;
import id.hotline.knowledge.Intent;
import id.hotline.store.CaseStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Chooses the reply: commands, buttons, confident answers, clarifying questions, escalation. */
public final class DialogPolicy {
    static final String HUMAN_REQUEST = "human.request";
    static final String GREETING = "smalltalk.greeting";
    static final String EMERGENCY = "emergency.danger";
    /** The indicator of someone speaking of ending their life (indicators.yaml). */
    static final String SUICIDAL = "suicidal";
    /** The indicator of a child under 18 (indicators.yaml): with a sign the case is an emergency, SAPA 129 first. */
    static final String MINOR = "minor";
    /** How long after a case is closed a message the bot cannot place offers a counselor again first. */
    static final Duration CLOSED_LATELY = Duration.ofDays(3);
    static final String THANKS = "smalltalk.thanks";
    static final Set<String> NOT_A_TOPIC = Intent.NOT_A_TOPIC;
    private static final Set<String> YES = Set.of("ya", "iya", "y", "yes", "yup", "ok", "oke", "okay", "hapus", "ya hapus",
            "iya hapus", "yes delete", "boleh", "setuju", "lanjut");
    private static final Set<String> NO = Set.of("tidak", "tdk", "gak", "ga", "nggak", "enggak", "ngga", "no", "batal",
            "jangan", "tidak jadi", "gak jadi", "ga jadi", "cancel");

    private final CaseService cases;
    private final Commands commands;
    private final FreeText freeText;
    private final Function<Instant, Optional<ZonedDateTime>> nextOnDuty;
    private final Clock clock;
    private final Map<String, String> answerValues;

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
        private final Map<String, String> answerValues;

        Context(Conversation conv, long inboundId, InboundMessage in, SessionState state, Brain brain, Optional<HelpCase> liveCase,
                Map<String, String> answerValues) {
            this.answerValues = answerValues;
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

        /** The NLU's reading of the message, stored with it. */
        void read(Analysis a) {
            analysis = a;
            if (Abroad.writerAbroad(a.normalized(), in.text(), brain.kb().slang())) {
                state = state.abroadNow(); // remembered: later help lines of this conversation list those first too
            }
        }

        /** What the bot did with a question it read (free text or a chosen topic); null otherwise. */
        TurnOutcome outcome() {
            return outcome;
        }

        void did(TurnOutcome o) {
            outcome = o;
        }

        boolean deleted() {
            return deleted;
        }

        void markDeleted() {
            deleted = true;
        }

        Replies replies() {
            return new Replies(brain.kb(), state, answerValues);
        }
    }

    /**
     * {@code nextOnDuty}: when counselors are next on duty after a moment, empty while they are (OfficeHours::nextOpening).
     * {@code answerValues}: what answers may name with {name} and the service fills in, such as how many days data is
     * kept ({@code bot_only_days}, {@code closed_case_days}, from the retention settings).
     */
    public DialogPolicy(CaseService cases, Commands commands, double minConfidence, double minMargin,
                        Function<Instant, Optional<ZonedDateTime>> nextOnDuty, Clock clock, Map<String, String> answerValues) {
        this.answerValues = Map.copyOf(answerValues);
        this.cases = cases;
        this.commands = commands;
        this.freeText = new FreeText(this, minConfidence, minMargin, clock);
        this.nextOnDuty = nextOnDuty;
        this.clock = clock;
    }

    /**
     * Whether the bot still acts on a message while a counselor holds the chat: commands (/hapus, /bantuan, /keluar,
     * /status ...), buttons and the typed answer to the delete question are the person's own choices, so they keep
     * working.
     */
    static boolean actsWhileHeld(InboundMessage in, SessionState state) {
        String text = in.text() == null ? "" : in.text().strip();
        // a button the bot offered (a topic from /menu) is answered: pressed, it would otherwise do nothing
        return text.startsWith("/") || in.kind() == MessageKind.BUTTON || answerToQuestion(state, text) != null;
    }

    Decision decide(Context ctx) {
        Replies r = ctx.replies();
        switch (ctx.in.kind()) {
            case PHOTO, DOCUMENT, VOICE, AUDIO, VIDEO -> {
                String caption = ctx.in.text() == null ? "" : ctx.in.text().strip();
                if (!caption.isEmpty() && !caption.startsWith("/")) {
                    return freeText.read(ctx, caption); // a photo's caption can be a plea: read it like a message
                }
                if (ctx.liveCase.isPresent()) { // the counselor has the case: no /konselor, and the file is not readable
                    return Decision.of(r.caseUpdated("non_text_in_case", dutyNow()));
                }
                return Decision.of(new Reply(r.msg("non_text"), List.of(r.button(Replies.COUNSELOR, "btn_counselor"),
                        r.button(Replies.MENU, "btn_menu")), false));
            }
            case STICKER, OTHER -> {
                return Decision.of(r.withMenuButton("sticker"));
            }
            case LOCATION -> {
                return Decision.of(r.withDangerLines("location_ack"));
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
        return freeText.read(ctx, text);
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

    /** Whether an intent is a topic one can be answered about: greetings, thanks, "out of scope" and a request are not. */
    static boolean isTopic(String intentId) {
        return !NOT_A_TOPIC.contains(intentId) && !intentId.equals(HUMAN_REQUEST);
    }

    /** The intent when it is a topic, else null (a reply with no topic keeps the last one for follow-ups). */
    static String topicOrNull(String intentId) {
        return intentId != null && isTopic(intentId) ? intentId : null;
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
            ctx.did(TurnOutcome.ESCALATED);
            return escalate(ctx, Risk.NONE, indicators, intentId, intentId, confidence);
        }
        boolean describesOwnMessage = ctx.state.pendingChoices().contains(intentId);
        if (intent.risk() == Risk.EMERGENCY || (intent.risk().opensCase() && describesOwnMessage)) {
            ctx.did(TurnOutcome.ESCALATED);
            return escalate(ctx, intent.risk(), indicators, intentId, intentId, confidence);
        }
        boolean lookedUpSign = intent.risk().opensCase();
        Reply reply = lookedUpSign ? ctx.replies().answerWithHelp(intentId)
                : ctx.replies().answer(intentId, intent.risk() == Risk.OFFER);
        ctx.did(TurnOutcome.ANSWERED);
        ctx.next(ctx.state.answered(topicOrNull(intentId), clock.instant()));
        return new Decision(reply, intentId, confidence, lookedUpSign ? Risk.OFFER : intent.risk(), indicators);
    }

    /**
     * Opens a case or adds to the live one. The first reply has the help lines and the topic's answer; a message the
     * live case already knows as much about (its priority at least this one's, and a sign it already has) gets a short
     * reply, unless it is danger now: that one always shows the emergency lines. A new sign in an open case (a ransom
     * demand after unpaid wages) gets the short reply with that sign's answer: what to do about it was not said yet.
     */
    Decision escalate(Context ctx, Risk risk, List<String> indicators, String answerIntent, String intent, double confidence) {
        boolean request = !risk.opensCase();
        Priority priority = request ? Priority.REQUEST : Priority.from(risk);
        Optional<HelpCase> asUrgent = ctx.liveCase.filter(c -> risk != Risk.EMERGENCY && c.priority().compareTo(priority) >= 0);
        boolean known = asUrgent.filter(c -> request || signKnown(ctx, c, answerIntent)).isPresent();
        CaseStore.Change change = cases.escalate(ctx.conv, priority, indicators, ctx.state.lang(), ctx.inboundId);
        String intro = risk == Risk.EMERGENCY ? "emergency_intro" : request ? "counselor_request_intro" : "escalation_intro";
        ctx.next(ctx.state.answered(topicOrNull(answerIntent), clock.instant()));
        Reply reply = known ? ctx.replies().caseUpdated(dutyNow())
                : asUrgent.isPresent() ? ctx.replies().caseUpdatedWith(answerIntent, dutyNow())
                : ctx.replies().escalation(intro, answerIntent, !change.created(), dutyNow(),
                        framing(ctx, request, indicators));
        Risk reported = request ? Risk.ESCALATE.max(risk) : risk;
        return new Decision(reply, intent, confidence, reported, indicators);
    }

    /**
     * The person takes back a counselor request that no counselor has taken and no sign raised: closed as withdrawn,
     * with the menu and a counselor button should they change their mind. Empty when there is no such request.
     */
    Optional<Decision> withdraw(Context ctx) {
        return ctx.liveCase.filter(c -> c.priority() == Priority.REQUEST && c.status() == CaseStatus.OPEN)
                .flatMap(c -> cases.withdraw(c.id()))
                .map(c -> Decision.of(ctx.replies().withdrawn()));
    }

    /**
     * A message about a relative or friend (not for a request for a person), one that speaks of ending one's life, and
     * one that tells of a child.
     */
    private static Replies.Framing framing(Context ctx, boolean request, List<String> indicators) {
        boolean someoneElse = !request && ctx.analysis() != null && SomeoneElse.told(ctx.analysis().normalized(), ctx.in.text(),
                ctx.brain.kb().slang());
        return new Replies.Framing(someoneElse, indicators.contains(SUICIDAL), indicators.contains(MINOR));
    }

    /** Whether the live case already has the sign answered by {@code answerIntent}, by intent or by indicator. */
    private static boolean signKnown(Context ctx, HelpCase live, String answerIntent) {
        if (answerIntent == null || live.indicators().contains(answerIntent)) {
            return true;
        }
        return ctx.brain.kb().indicatorsIn(live.indicators()).stream().anyMatch(i -> i.intents().contains(answerIntent));
    }

    /** A command as if typed ("/hapus"), for a request said in words. */
    Decision command(Context ctx, String text) {
        return commands.run(ctx, text, this);
    }

    Map<String, String> answerValues() {
        return answerValues;
    }

    /** Whether a case of this conversation was closed in the last days (and none is live): they may still need help. */
    boolean closedLately(Context ctx) {
        Instant since = clock.instant().minus(CLOSED_LATELY);
        return ctx.liveCase.isEmpty() && cases.lastClosed(ctx.conv.id()).map(HelpCase::closedAt)
                .filter(at -> at != null && at.isAfter(since)).isPresent();
    }

    /** Whether counselors are on duty now, and if not, when they are back. */
    Duty dutyNow() {
        Instant now = clock.instant();
        return new Duty(now, nextOnDuty.apply(now));
    }
}
