package id.hotline.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.channel.ChannelEdge;
import id.hotline.channel.RateLimiter;
import id.hotline.dialog.ConversationEngine;
import id.hotline.dialog.OverLimitReply;
import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.StoredMessage;
import id.hotline.domain.Suggestion;
import id.hotline.store.ConversationStore;
import id.hotline.web.ApiError;
import id.hotline.web.Json;
import id.hotline.web.RouteModule;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The web chat's API: send a message, fetch what counselors (or the bot) sent since. */
public final class WebChatRoutes implements RouteModule {
    public static final int MAX_TEXT = 4096;
    /** Messages in one answer of GET /api/chat/{session}/messages. */
    private static final int PAGE = 200;
    private static final int RESUME_TRIES_PER_MINUTE = 3;
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private final ConversationEngine engine;
    private final ConversationStore conversations;
    private final Supplier<Map<String, Object>> health;
    private final ChannelEdge edge;
    private final RateLimiter resumeTries = new RateLimiter(RESUME_TRIES_PER_MINUTE);

    public WebChatRoutes(ConversationEngine engine, ConversationStore conversations, Supplier<Map<String, Object>> health) {
        this(engine, conversations, health, ChannelEdge.open());
    }

    public WebChatRoutes(ConversationEngine engine, ConversationStore conversations, Supplier<Map<String, Object>> health,
                         ChannelEdge edge) {
        this.engine = engine;
        this.conversations = conversations;
        this.health = health;
        this.edge = edge;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/api/health", ctx -> ctx.json(health.get()));
        cfg.routes.post("/api/chat", this::chat);
        cfg.routes.get("/api/chat/{session}/messages", this::messages);
    }

    private void chat(Context ctx) {
        JsonNode body = Json.object(ctx);
        String session = session(Json.text(body, "session"));
        String text = Json.text(body, "text").strip();
        if (text.isEmpty()) {
            throw new ApiError(400, "'text' must not be empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new ApiError(400, "'text' is longer than " + MAX_TEXT + " characters");
        }
        boolean button = body.path("button").asBoolean(false);
        Optional<String> code = button ? Optional.empty() : ResumeCodes.typed(text);
        if (code.isPresent()) {
            resume(ctx, session, code.get());
            return;
        }
        var in = new InboundMessage(Channel.WEB, session, button ? MessageKind.BUTTON : MessageKind.TEXT, text, null, Instant.now());
        if (!edge.allow(Channel.WEB, session)) {
            // Not answered; kept for the counselor when the conversation has a live case. The emergency lines for
            // danger in it are stored: with their id the page shows them once, as a bot message with their buttons.
            OverLimitReply over = engine.overLimit(in, true).orElseThrow();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", "too many messages; wait a moment and send again");
            out.put("reply", over.reply().text());
            if (over.stored()) {
                out.put("messageId", over.messageId());
                out.put("suggestions", suggestions(over.reply().suggestions()));
            }
            ctx.status(429).json(out);
            return;
        }
        Turn turn = edge.handle(engine, in);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reply", turn.reply().map(r -> r.text()).orElse(null));
        out.put("intent", turn.intent());
        out.put("confidence", Math.round(turn.confidence() * 10_000) / 10_000.0);
        out.put("risk", turn.risk().wire());
        out.put("indicators", turn.indicators());
        out.put("suggestions", turn.reply().map(r -> suggestions(r.suggestions())).orElse(List.of()));
        out.put("messageId", turn.outboundId() > 0 ? turn.outboundId() : turn.inboundId());
        out.put("rateable", turn.rateable()); // show 👍/👎, which send "/nilai <messageId> 1|0" as a button
        out.put("handoff", turn.reply().isEmpty());
        out.put("caseOpen", turn.caseId().isPresent());
        out.put("deleted", turn.conversationDeleted()); // the page clears the chat and starts a new session
        if (turn.caseId().isPresent()) { // shown by the page: how to come back to the case after a quick exit
            out.put("resumeCode", ResumeCodes.shown(conversations.resumeCode(turn.conversationId(), ResumeCodes::newCode)));
        }
        if (!turn.conversationDeleted()) {
            out.put("lang", engine.languageOf(turn.conversationId()).code()); // the page's own words follow it
        }
        ctx.json(out);
    }

    /**
     * "/lanjut K7QM-4XPA": the page switches to the conversation the code was given to ({@code resume}: its session)
     * and shows it from its start. Nothing is stored for the session it was typed in. Three tries a minute per address.
     */
    private void resume(Context ctx, String session, String code) {
        Lang own = conversations.find(Channel.WEB, session).map(c -> engine.languageOf(c.id())).orElse(Lang.ID);
        Map<String, Object> out = new LinkedHashMap<>();
        if (!resumeTries.tryAcquire(ctx.ip())) {
            out.put("error", "too many codes tried; wait a minute and try again");
            out.put("reply", engine.message("rate_limited", own));
            ctx.status(429).json(out);
            return;
        }
        Optional<Conversation> found = conversations.findByResumeCode(code).filter(c -> c.channel() == Channel.WEB);
        Lang lang = found.map(c -> engine.languageOf(c.id())).orElse(own);
        out.put("reply", engine.message(found.isPresent() ? "resumed" : "resume_unknown", lang));
        out.put("suggestions", List.of());
        found.ifPresent(c -> out.put("resume", c.userRef()));
        out.put("lang", lang.code());
        ctx.json(out);
    }

    private void messages(Context ctx) {
        String session = session(ctx.pathParam("session"));
        long after;
        try {
            after = Long.parseLong(ctx.queryParamAsClass("after", String.class).getOrDefault("0"));
        } catch (NumberFormatException e) {
            throw new ApiError(400, "'after' must be a message id (a whole number)");
        }
        // history=1 (a reopened page) adds the person's own messages and the last reply's buttons (see ChatHistory)
        boolean history = "1".equals(ctx.queryParam("history"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", List.of());
        conversations.find(Channel.WEB, session).ifPresent(c -> {
            List<StoredMessage> stored = conversations.messages(c.id(), after, PAGE + 1);
            boolean toTheEnd = stored.size() <= PAGE; // the last reply's buttons only when it is in this answer
            ChatHistory.Page page = ChatHistory.of(toTheEnd ? stored : stored.subList(0, PAGE), history);
            body.put("messages", page.messages());
            body.put("lang", engine.languageOf(c.id()).code());
            if (history) {
                body.put("suggestions", suggestions(toTheEnd ? page.suggestions() : List.of()));
                body.put("more", !toTheEnd); // a long conversation comes in pages: ask again after the last id
            }
        });
        ctx.json(body);
    }

    private static List<Map<String, String>> suggestions(List<Suggestion> buttons) {
        return buttons.stream().map(s -> Map.of("payload", s.payload(), "label", s.label())).toList();
    }

    private static String session(String value) {
        if (!SESSION.matcher(value).matches()) {
            throw new ApiError(400, "'session' must be 8-64 characters of letters, digits, _ or -");
        }
        return value;
    }
}
