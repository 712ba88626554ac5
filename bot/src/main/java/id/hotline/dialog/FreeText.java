package id.hotline.dialog;

import id.hotline.dialog.DialogPolicy.Context;
import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Lang;
import id.hotline.domain.Reply;
import id.hotline.domain.Risk;
import id.hotline.domain.ScoredIntent;
import id.hotline.domain.SessionState;
import id.hotline.domain.TurnOutcome;
import id.hotline.knowledge.Indicator;
import id.hotline.knowledge.Intent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A message the person typed: escalated when it shows risk, answered when the classifier is confident, read in the
 * last answer's topic when it is a short follow-up ({@link FollowUps}), otherwise asked back (which topic?), and after a
 * second miss given the likely topics, the menu and a counselor.
 */
final class FreeText {
    private final DialogPolicy policy;
    private final double minConfidence;
    private final double minMargin;
    private final Clock clock;

    FreeText(DialogPolicy policy, double minConfidence, double minMargin, Clock clock) {
        this.policy = policy;
        this.minConfidence = minConfidence;
        this.minMargin = minMargin;
        this.clock = clock;
    }

    /**
     * The decision for a typed message; outside an open case (there a counselor has the chat) it starts with what the
     * first indicator found that has {@code says} in indicators.yaml says: condolences for a death told, a plain
     * warning for a job offer with red flags.
     */
    Decision read(Context ctx, String text) {
        boolean inCase = ctx.liveCase.isPresent();
        Decision d = decide(ctx, text);
        Analysis a = ctx.analysis();
        if (inCase || a == null || ctx.deleted()) {
            return d;
        }
        Optional<String> says = ctx.brain.kb().indicatorsIn(a.risk().indicators()).stream().map(Indicator::says)
                .filter(java.util.Objects::nonNull).findFirst();
        if (says.isEmpty()) {
            return d;
        }
        Reply r = d.reply();
        Reply framed = new Reply(ctx.replies().msg(says.get()) + "\n\n" + r.text(), r.suggestions(), r.sensitive());
        return new Decision(framed, d.intent(), d.confidence(), d.risk(), d.indicators());
    }

    private Decision decide(Context ctx, String text) {
        SessionState before = ctx.nextState();
        Analysis a = ctx.brain.nlu().analyse(text);
        ctx.read(a);
        boolean noWords = a.normalized() == null || a.normalized().isBlank();
        if (!noWords) {
            readLanguage(ctx, a, text);
        }
        Classification c = a.classification();
        boolean confident = confident(c);
        if (!noWords && !a.risk().risk().opensCase() && Withdrawal.asked(a.normalized())) {
            Optional<Decision> withdrawn = policy.withdraw(ctx); // "ga jadi deh": a request no counselor has taken yet
            if (withdrawn.isPresent()) {
                return withdrawn.get();
            }
        }
        Optional<Lang> wanted = noWords || a.risk().risk().opensCase() ? Optional.empty() : LanguageRequest.asked(a.normalized());
        if (wanted.isPresent()) { // "can you answer in bahasa?": as /bahasa id
            return Commands.switchLanguage(ctx, wanted.get());
        }
        if (!noWords && BotQuestion.asks(a.normalized())
                && a.risk().indicators().stream().allMatch(DialogPolicy.HUMAN_REQUEST::equals)) {
            // "kamu manusia atau robot?": said honestly, with a counselor a tap away; no case for the question alone
            Reply honest = ctx.replies().botAnswer(); // in an open case a counselor has the chat already: no button for one
            honest = ctx.liveCase.isPresent() ? ctx.replies().withoutCounselor(honest) : honest;
            return new Decision(honest, c.intent(), c.confidence(), Risk.OFFER, List.of());
        }
        if (!noWords && !a.risk().risk().opensCase() && ctx.liveCase.isEmpty() && AskToAsk.only(a.normalized())) {
            // "min mau tanya dong", "sy mau cerita boleh": invited to go on, with a counselor a tap away; no case
            ctx.next(ctx.nextState().answered(null, clock.instant()));
            Reply invite = offerLanguage(ctx, before, ctx.replies().askAway());
            return new Decision(invite, DialogPolicy.GREETING, c.confidence(), a.risk().risk(), a.risk().indicators());
        }
        if (!noWords && (a.risk().risk().opensCase() || (confident && c.intent().equals(DialogPolicy.HUMAN_REQUEST)))) {
            String answer = confident && !DialogPolicy.NOT_A_TOPIC.contains(c.intent()) ? c.intent() : riskyIntent(ctx, a);
            ctx.did(TurnOutcome.ESCALATED);
            return policy.escalate(ctx, a.risk().risk(), a.risk().indicators(), answer, c.intent(), c.confidence());
        }
        if (!noWords && confident && !a.risk().risk().opensCase() && deleteAsked(a, c)) {
            // "tolong hapus semua chat sy" in an open case is no detail for the counselor, and right after another
            // answer no follow-up of it: the confirmation, which in a case says the case goes too and offers the quick exit
            return policy.command(ctx, "/hapus");
        }
        if (ctx.liveCase.isPresent() && confident && c.intent().equals(DialogPolicy.THANKS)) {
            // "makasih kak" while waiting: no goodbye ("Semoga membantu"), the counselor is still coming
            return new Decision(ctx.replies().caseUpdated("thanks_in_case", policy.dutyNow()), c.intent(), c.confidence(),
                    a.risk().risk(), a.risk().indicators());
        }
        boolean crying = noWords || Crying.only(a.normalized());
        if (ctx.liveCase.isPresent() && (crying || !ownQuestion(a, text, confident))) {
            // a detail for the open case ("sy di batam", "nama agennya pak hendra"): it went to the counselor
            ctx.did(TurnOutcome.ESCALATED);
            return new Decision(ctx.replies().caseUpdated(policy.dutyNow()), c.intent(), c.confidence(), a.risk().risk(),
                    a.risk().indicators());
        }
        if (crying) {
            return Decision.of(ctx.replies().noWords()); // crying or confused: emoji, "???", "...", "hiks hiks"
        }
        if (!confident && policy.closedLately(ctx)) {
            // "kak? kok ditutup, aku masih di mess" right after a counselor closed the case: a new case a tap away,
            // before any follow-up of the last topic
            ctx.did(TurnOutcome.CLARIFIED);
            return new Decision(ctx.replies().afterClosedCase(), c.intent(), c.confidence(), a.risk().risk(),
                    a.risk().indicators());
        }
        Decision followUp = ctx.nextState().recentTopic(clock.instant(), FollowUps.WINDOW)
                .map(topic -> followUp(ctx, before, a, text, new FollowUps(ctx.brain.kb(), topic), confident)).orElse(null);
        if (followUp != null) {
            return followUp;
        }
        if (!confident) {
            Optional<String> sign = offeredTopic(ctx, a);
            if (sign.isPresent()) { // "anak sy di taiwan ga bisa dihubungi": what a family out of contact can do
                return answerRead(ctx, before, a, new Classification(sign.get(), c.confidence(), c.ranking()));
            }
        }
        return confident ? answerRead(ctx, before, a, c) : askBack(ctx, before, a);
    }

    /**
     * The topic of a sign that only offers a counselor and names the intent that answers it (indicators.yaml
     * {@code intents} on an offer: lost_contact -> abroad.embassy), for a message the classifier cannot place.
     */
    private static Optional<String> offeredTopic(Context ctx, Analysis a) {
        if (a.risk().risk() != Risk.OFFER) {
            return Optional.empty();
        }
        return ctx.brain.kb().indicatorsIn(a.risk().indicators()).stream()
                .filter(i -> i.risk() == Risk.OFFER && !i.intents().isEmpty())
                .map(i -> i.intents().get(0)).findFirst();
    }

    /**
     * Whether a message in an open case is a question of its own the bot answers ("apa itu ATENSI?"), not a detail
     * for the counselor: a greeting or thanks, or a confident reading of a topic asked as a question.
     */
    private static boolean ownQuestion(Analysis a, String text, boolean confident) {
        String intent = a.classification().intent();
        // "halo? ada orang ga" while waiting: where the case is, not the welcome menu again
        if (!confident || intent.equals("out_of_scope") || intent.equals(DialogPolicy.GREETING)) {
            return false;
        }
        return DialogPolicy.NOT_A_TOPIC.contains(intent) || Questions.asks(text, a.normalized());
    }

    /** Not sure: which of the best topics was meant; after a second miss the likely ones, the menu and a counselor. */
    private Decision askBack(Context ctx, SessionState before, Analysis a) {
        Reply reply;
        if (ctx.nextState().misses() == 0) {
            List<String> candidates = topics(a.classification(), 0).limit(3).toList();
            ctx.next(ctx.nextState().missed(candidates));
            ctx.did(TurnOutcome.CLARIFIED);
            reply = ctx.replies().clarify(candidates, "clarify");
        } else {
            List<String> likely = topics(a.classification(), minConfidence / 2).limit(3).toList();
            ctx.next(ctx.nextState().missed(likely));
            ctx.did(TurnOutcome.NOT_UNDERSTOOD);
            reply = ctx.replies().notUnderstood(likely);
        }
        return unsure(ctx, before, a, reply);
    }

    /**
     * A short message right after an answer, read in that answer's topic ({@link FollowUps}): an intent of the
     * topic's family answered, or a question whether it is still about that topic. Null when neither applies.
     */
    private Decision followUp(Context ctx, SessionState before, Analysis alone, String text, FollowUps f, boolean confident) {
        if (!f.mayContinue(alone, confident)) {
            return null;
        }
        Classification joined = ctx.brain.nlu().analyse(f.joined(text, ctx.nextState().lang())).classification();
        if (confident && f.terse(alone)) {
            // "bayar ga?" after the ATENSI answer: ATENSI's or placement costs? Asked, when the topic pulls it back.
            if (!f.staysWith(joined) || ctx.nextState().misses() > 0) {
                return null;
            }
            return askWhich(ctx, before, alone, f.choices(joined, alone.classification()));
        }
        if (f.movedWithin(joined) && confident(joined)) {
            Analysis carried = alone.withClassification(joined); // the risk stays the message's own
            ctx.read(carried);
            return answerRead(ctx, before, carried, joined);
        }
        List<String> choices = f.choices(joined, alone.classification());
        if (ctx.nextState().misses() > 0 || choices.isEmpty()) {
            return null;
        }
        return askWhich(ctx, before, alone, choices);
    }

    /** Whether the follow-up is still about the topic before: its family's likely intents as choices. */
    private static Decision askWhich(Context ctx, SessionState before, Analysis alone, List<String> choices) {
        ctx.next(ctx.nextState().missed(choices));
        ctx.did(TurnOutcome.CLARIFIED);
        return unsure(ctx, before, alone, ctx.replies().clarify(choices, "clarify_follow_up"));
    }

    /** The answer to a message the bot read with confidence; a counselor is offered where the topic or risk asks. */
    private Decision answerRead(Context ctx, SessionState before, Analysis a, Classification c) {
        if (deleteAsked(a, c)) {
            return policy.command(ctx, "/hapus"); // "tolong hapus semua chat sy": the confirmation, not the storage text
        }
        ctx.did(TurnOutcome.ANSWERED);
        ctx.next(ctx.nextState().answered(DialogPolicy.topicOrNull(c.intent()), clock.instant()));
        Intent intent = ctx.brain.kb().intents().get(c.intent());
        Risk risk = a.risk().risk();
        boolean offer = intent.risk() == Risk.OFFER || risk == Risk.OFFER;
        Reply answer = ctx.replies().answer(c.intent(), offer);
        if (ctx.liveCase.isPresent()) { // a counselor already has the case: no button to ask for one again
            answer = ctx.replies().withoutCounselor(answer);
        }
        answer = offerLanguage(ctx, before, answer);
        return new Decision(answer, c.intent(), c.confidence(), risk, a.risk().indicators());
    }

    /** Asking in words to delete one's data, read as the privacy topic. */
    private static boolean deleteAsked(Analysis a, Classification c) {
        return c.intent().equals(Replies.PRIVACY) && DeleteRequest.asked(a.normalized());
    }

    /** A question back (which topic?): with a counselor button when the message showed a reason to offer one. */
    private static Decision unsure(Context ctx, SessionState before, Analysis a, Reply reply) {
        if (a.risk().risk() == Risk.OFFER && reply.suggestions().stream().noneMatch(s -> s.payload().equals(Replies.COUNSELOR))) {
            var buttons = new ArrayList<>(reply.suggestions());
            buttons.add(0, ctx.replies().button(Replies.COUNSELOR, "btn_counselor"));
            reply = new Reply(reply.text(), buttons, reply.sensitive());
        }
        Classification c = a.classification();
        return new Decision(offerLanguage(ctx, before, reply), c.intent(), c.confidence(), a.risk().risk(), a.risk().indicators());
    }

    /**
     * The conversation keeps its language unless the words clearly say another: a programme's Indonesian name in an
     * English sentence, or a short "ok", does not switch it. One or two words switch it only as the first message.
     */
    private static void readLanguage(Context ctx, Analysis a, String text) {
        boolean longEnough = text.split("\\s+").length >= 3 || !ctx.nextState().greeted();
        if (a.languageClear() && a.language() != ctx.nextState().lang() && longEnough) {
            ctx.next(ctx.nextState().detectedLang(a.language()));
        }
    }

    private boolean confident(Classification c) {
        return c.confidence() >= minConfidence && c.confidence() - c.runnerUpScore() >= minMargin;
    }

    /** The ranking's topics, best first, scored at least {@code minScore}. */
    private static Stream<String> topics(Classification c, double minScore) {
        return c.ranking().stream().filter(s -> s.score() >= minScore).map(ScoredIntent::intent).filter(DialogPolicy::isTopic);
    }

    /**
     * Where the reply's language was guessed rather than chosen, and the guess is new (the first reply, or the
     * guess just changed), a button switches to the other language. Not on every answer: phone screens are small.
     */
    private static Reply offerLanguage(Context ctx, SessionState before, Reply reply) {
        boolean newGuess = !before.greeted() || before.lang() != ctx.nextState().lang();
        return !ctx.nextState().langChosen() && newGuess ? ctx.replies().withLanguageSwitch(reply) : reply;
    }

    /** The answer that fits the indicators found: the intent linked to the first indicator, else the best risky one. */
    private static String riskyIntent(Context ctx, Analysis a) {
        List<Indicator> found = ctx.brain.kb().indicatorsIn(a.risk().indicators());
        // the classifier's own reading, when the signs found point at it too ("diculik minta tebusan ... harus bayar?"
        // matches debt bondage's "tebusan" and danger, and reads as a scam compound: its answer says to report a ransom
        // demand before sending any money)
        String read = a.classification().intent();
        if (a.risk().indicators().contains(read) || found.stream().anyMatch(ind -> ind.intents().contains(read))) {
            return read;
        }
        for (Indicator ind : found) {
            if (!ind.intents().isEmpty()) {
                return ind.intents().get(0);
            }
        }
        return a.classification().ranking().stream().map(ScoredIntent::intent)
                .filter(i -> !i.equals(DialogPolicy.HUMAN_REQUEST))
                .filter(i -> ctx.brain.kb().intent(i).map(x -> x.risk().opensCase()).orElse(false))
                .findFirst().orElse(null);
    }
}
