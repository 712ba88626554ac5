package id.hotline.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.channel.ChannelEdge;
import id.hotline.dialog.ConversationEngine;
import id.hotline.dialog.OverLimitReply;
import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;
import id.hotline.domain.Direction;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Reply;
import id.hotline.domain.StoredMessage;
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
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The web chat's API: send a message, fetch what counselors (or the bot) sent since. */
public final class WebChatRoutes implements RouteModule {
    public static final int MAX_TEXT = 4096;
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private final ConversationEngine engine;
    private final ConversationStore conversations;
    private final Supplier<Map<String, Object>> health;
    private final ChannelEdge edge;

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
                out.put("suggestions", suggestions(over.reply()));
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
        out.put("suggestions", turn.reply().map(WebChatRoutes::suggestions).orElse(List.of()));
        out.put("messageId", turn.outboundId() > 0 ? turn.outboundId() : turn.inboundId());
        out.put("rateable", turn.rateable()); // show 👍/👎, which send "/nilai <messageId> 1|0" as a button
        out.put("handoff", turn.reply().isEmpty());
        out.put("caseOpen", turn.caseId().isPresent());
        out.put("deleted", turn.conversationDeleted()); // the page clears the chat and starts a new session
        if (!turn.conversationDeleted()) {
            out.put("lang", engine.languageOf(turn.conversationId()).code()); // the page's own words follow it
        }
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
        // history=1 (a reopened page) adds the person's own typed messages, so the conversation reads in order
        boolean history = "1".equals(ctx.queryParam("history"));
        var conv = conversations.find(Channel.WEB, session);
        List<Map<String, Object>> out = conv.map(c -> conversations.messages(c.id(), after, 200).stream()
                .filter(m -> m.direction() == Direction.OUT || history && m.kind() == MessageKind.TEXT)
                .map(WebChatRoutes::view).toList()).orElse(List.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", out);
        conv.ifPresent(c -> body.put("lang", engine.languageOf(c.id()).code()));
        ctx.json(body);
    }

    private static List<Map<String, String>> suggestions(Reply reply) {
        return reply.suggestions().stream().map(s -> Map.of("payload", s.payload(), "label", s.label())).toList();
    }

    private static Map<String, Object> view(StoredMessage m) {
        String from = m.direction() == Direction.IN ? "user" : m.fromCounselor() ? "counselor" : "bot";
        return Map.of("id", m.id(), "from", from, "text", m.text(), "at", m.at().toString());
    }

    private static String session(String value) {
        if (!SESSION.matcher(value).matches()) {
            throw new ApiError(400, "'session' must be 8-64 characters of letters, digits, _ or -");
        }
        return value;
    }
}
