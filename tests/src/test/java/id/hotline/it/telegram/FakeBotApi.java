package id.hotline.it.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Telegram Bot API, faithful to what the bot relies on: POST /bot{token}/{method}
 * (method names case-insensitive, as the library sends them in lower case), parameters as JSON, form or multipart,
 * {"ok":true,"result":...} or {"ok":false,"error_code":..,"description":..,"parameters":{"retry_after":N}},
 * getUpdates long polling where an offset confirms (drops) every update below it, 409 for getUpdates while a
 * webhook is set, and webhook delivery with the secret header. Faults can be injected into sendMessage.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final long BOT_ID = 777000111L;
    public static final String BOT_USERNAME = "hotline_test_bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ALLOWED_TAG = Pattern.compile("</?(b|strong|i|em|u|ins|s|strike|del|code|pre|a|tg-spoiler|blockquote)( [^>]*)?>");

    /** One API call as received. */
    public record Call(String method, JsonNode params, long atNanos) {
    }

    private record Fault(int code, Integer retryAfter) {
    }

    private final String token;
    private final Javalin app;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final TreeMap<Long, ObjectNode> queue = new TreeMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Fault> sendFaults = new ArrayDeque<>();
    private final Map<String, Integer> lastMessageId = new HashMap<>();
    private final Set<String> deletable = new HashSet<>();
    private final Map<Long, Long> pushedAtNanos = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<ObjectNode> forced = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger redeliveredCount = new java.util.concurrent.atomic.AtomicInteger();
    private long nextUpdateId = 5000;
    private long confirmedBelow;
    private volatile String webhookUrl;
    private volatile String webhookSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FakeBotApi(String token) {
        this.token = token;
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/{bot}/{method}", this::handle);
            cfg.routes.get("/{bot}/{method}", this::handle);
        });
    }

    public static FakeBotApi start(String token) {
        FakeBotApi f = new FakeBotApi(token);
        f.app.start("127.0.0.1", 0);
        return f;
    }

    public String url() {
        return "http://127.0.0.1:" + app.port();
    }

    // ---- what tests do -------------------------------------------------------------------------------------

    /** Queues an update for getUpdates with the next update id; returns that id. */
    public long push(ObjectNode update) {
        lock.lock();
        try {
            long id = nextUpdateId++;
            update.put("update_id", id);
            return enqueue(update);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Delivers an update again with the id it already has, in the next getUpdates response whatever its offset
     * (as when a response was lost and Telegram cannot know the bot got it).
     */
    public void redeliver(ObjectNode update) {
        lock.lock();
        try {
            forced.add(update.deepCopy());
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many forced redeliveries went out in getUpdates responses. */
    public int redelivered() {
        return redeliveredCount.get();
    }

    private long enqueue(ObjectNode update) {
        long id = update.get("update_id").asLong();
        pushedAtNanos.putIfAbsent(id, System.nanoTime());
        JsonNode msg = update.has("message") ? update.get("message") : update.get("edited_message");
        if (msg != null && msg.has("message_id")) {
            deletable.add(msg.path("chat").path("id").asText() + "/" + msg.get("message_id").asInt());
        }
        queue.put(id, update);
        arrived.signalAll();
        return id;
    }

    public long pushedAtNanos(long updateId) {
        return pushedAtNanos.getOrDefault(updateId, 0L);
    }

    /** Every update below this id has been confirmed by an offset (acknowledged by the bot). */
    public long confirmedBelow() {
        lock.lock();
        try {
            return confirmedBelow;
        } finally {
            lock.unlock();
        }
    }

    public void failNextSends(int count, int code, Integer retryAfter) {
        synchronized (sendFaults) {
            for (int i = 0; i < count; i++) {
                sendFaults.add(new Fault(code, retryAfter));
            }
        }
    }

    public List<Call> calls(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(m)).toList();
    }

    /** sendMessage calls that Telegram accepted for this chat, oldest first. */
    public List<Call> sent(String chatId) {
        return calls("sendMessage").stream().filter(c -> c.params().path("chat_id").asText().equals(chatId)
                && c.params().path("_accepted").asBoolean()).toList();
    }

    public List<Call> awaitSent(String chatId, int count, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            List<Call> s = sent(chatId);
            if (s.size() >= count) {
                return s;
            }
            Thread.sleep(5);
        }
        return sent(chatId);
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    /** Delivers an update to the webhook the bot set, with the given secret header (null: none). */
    public HttpResponse<String> deliverWebhook(ObjectNode update, String secret) throws Exception {
        if (!update.has("update_id")) {
            lock.lock();
            try {
                update.put("update_id", nextUpdateId++);
            } finally {
                lock.unlock();
            }
        }
        var b = HttpRequest.newBuilder(URI.create(webhookUrl)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update)));
        if (secret != null) {
            b.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- the Bot API -----------------------------------------------------------------------------------------

    private void handle(Context ctx) throws Exception {
        if (!ctx.pathParam("bot").equals("bot" + token)) {
            error(ctx, 401, "Unauthorized", null);
            return;
        }
        String method = ctx.pathParam("method").toLowerCase(Locale.ROOT);
        ObjectNode params = params(ctx);
        Call call = new Call(method, params, System.nanoTime());
        calls.add(call);
        switch (method) {
            case "getme" -> ok(ctx, JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Hotline").put("username", BOT_USERNAME));
            case "getupdates" -> getUpdates(ctx, params);
            case "sendmessage" -> sendMessage(ctx, params);
            case "answercallbackquery", "setmycommands" -> ok(ctx, JSON.getNodeFactory().booleanNode(true));
            case "setwebhook" -> {
                webhookUrl = params.path("url").asText();
                webhookSecret = params.path("secret_token").asText(null);
                ok(ctx, JSON.getNodeFactory().booleanNode(true));
            }
            case "deletewebhook" -> {
                webhookUrl = null;
                ok(ctx, JSON.getNodeFactory().booleanNode(true));
            }
            case "deletemessage" -> deleteMessage(ctx, params);
            default -> error(ctx, 404, "Not Found", null);
        }
    }

    private static ObjectNode params(Context ctx) throws Exception {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            String body = ctx.body();
            return body.isBlank() ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(body);
        }
        ObjectNode out = JSON.createObjectNode();
        ctx.queryParamMap().forEach((k, v) -> out.put(k, v.get(0)));
        if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
            ctx.formParamMap().forEach((k, v) -> out.put(k, v.get(0)));
        }
        return out;
    }

    private void getUpdates(Context ctx, JsonNode p) throws InterruptedException {
        if (webhookUrl != null) {
            error(ctx, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", null);
            return;
        }
        long offset = p.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, p.path("limit").asInt(100)));
        long timeoutMs = Math.min(50, Math.max(0, p.path("timeout").asInt(0))) * 1000L;
        ArrayNode result = JSON.createArrayNode();
        lock.lock();
        try {
            if (offset > 0) {
                queue.headMap(offset).clear();
                confirmedBelow = Math.max(confirmedBelow, offset);
            }
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (queue.isEmpty() && forced.isEmpty() && System.nanoTime() < end) {
                arrived.awaitNanos(end - System.nanoTime());
            }
            for (ObjectNode u : forced) {
                result.add(u);
                redeliveredCount.incrementAndGet();
            }
            forced.clear();
            for (ObjectNode u : queue.values()) {
                if (result.size() >= limit) {
                    break;
                }
                result.add(u);
            }
        } finally {
            lock.unlock();
        }
        ok(ctx, result);
    }

    private void sendMessage(Context ctx, ObjectNode p) {
        Fault fault;
        synchronized (sendFaults) {
            fault = sendFaults.poll();
        }
        if (fault != null) {
            error(ctx, fault.code(), fault.code() == 429 ? "Too Many Requests: retry after " + fault.retryAfter()
                    : "Internal Server Error", fault.retryAfter());
            return;
        }
        String chatId = p.path("chat_id").asText("");
        String text = p.path("text").asText("");
        if (chatId.isEmpty()) {
            error(ctx, 400, "Bad Request: chat_id is empty", null);
            return;
        }
        if (text.isBlank()) {
            error(ctx, 400, "Bad Request: message text is empty", null);
            return;
        }
        String visible = text;
        if ("HTML".equalsIgnoreCase(p.path("parse_mode").asText())) {
            String withoutTags = ALLOWED_TAG.matcher(text).replaceAll("");
            if (withoutTags.contains("<") || withoutTags.contains(">") || withoutTags.matches("(?s).*&(?!(amp|lt|gt|quot);).*")) {
                error(ctx, 400, "Bad Request: can't parse entities: unsupported start tag or unescaped character", null);
                return;
            }
            visible = withoutTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        }
        if (visible.codePointCount(0, visible.length()) > 4096) {
            error(ctx, 400, "Bad Request: message is too long", null);
            return;
        }
        for (JsonNode row : p.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length > 64) {
                    error(ctx, 400, "Bad Request: BUTTON_DATA_INVALID", null);
                    return;
                }
            }
        }
        int messageId;
        synchronized (lastMessageId) {
            messageId = lastMessageId.merge(chatId, 100_000, (a, b) -> a + 1);
            deletable.add(chatId + "/" + messageId);
        }
        p.put("_accepted", true);
        p.put("_visible", visible);
        p.put("_message_id", messageId);
        ObjectNode msg = JSON.createObjectNode().put("message_id", messageId).put("date", System.currentTimeMillis() / 1000);
        msg.putObject("chat").put("id", Long.parseLong(chatId)).put("type", "private");
        msg.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Hotline");
        msg.put("text", visible);
        ok(ctx, msg);
    }

    private void deleteMessage(Context ctx, JsonNode p) {
        String key = p.path("chat_id").asText() + "/" + p.path("message_id").asText();
        boolean removed;
        synchronized (lastMessageId) {
            removed = deletable.remove(key);
        }
        if (!removed) {
            error(ctx, 400, "Bad Request: message to delete not found", null);
            return;
        }
        ok(ctx, JSON.getNodeFactory().booleanNode(true));
    }

    private static void ok(Context ctx, JsonNode result) {
        ObjectNode env = JSON.createObjectNode().put("ok", true);
        env.set("result", result);
        ctx.status(200).contentType("application/json").result(env.toString());
    }

    private static void error(Context ctx, int code, String description, Integer retryAfter) {
        ObjectNode env = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            env.putObject("parameters").put("retry_after", retryAfter);
        }
        ctx.status(code).contentType("application/json").result(env.toString());
    }

    @Override
    public void close() {
        lock.lock();
        try {
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        app.stop();
    }
}
