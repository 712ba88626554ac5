package id.hotline.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.hotline.it.telegram.FakeBotApi;
import id.hotline.it.telegram.Updates;
import id.hotline.it.telegram.WebhookHotline;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static id.hotline.fuzz.FuzzHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile calls to POST /telegram/webhook (fixed seed, bounded), the service in webhook mode against the
 * fake Bot API: never a 500; a wrong or missing secret is a 401; valid updates carrying hostile text are stored
 * exactly as sent and answered; updates we do not handle are acknowledged and skipped; everything malformed is a
 * 4xx and leaves no row behind.
 */
class TelegramWebhookFuzzIT {
    private static final long SEED = 20_261_125L;
    private static final int ROUNDS = 300;
    private static final long FIRST_CHAT = 70_000_000L;
    private static final int FIRST_UPDATE = 900_000;
    private final FuzzHttp http = new FuzzHttp();

    /** What the service must do with one call. */
    private enum Expect { STORE, ANSWER_BUTTON, SKIP, REFUSE }

    private record Call(String kind, byte[] body, boolean chunked, String secret, Expect expect, String text) {
        Call(String kind, ObjectNode update, Expect expect, String text) throws Exception {
            this(kind, JSON.writeValueAsBytes(update), false, WebhookHotline.SECRET, expect, text);
        }
    }

    @Test
    void hostile_webhook_calls_never_get_a_500_and_only_valid_updates_are_stored_exactly_and_answered() throws Exception {
        HostileInput in = new HostileInput(SEED);
        Map<Long, Call> calls = new LinkedHashMap<>();
        try (WebhookHotline service = WebhookHotline.start(Map.of("HOTLINE_RATE_LIMIT_PER_MINUTE", "100000"))) {
            FakeBotApi fake = service.fake();
            for (int i = 0; i < ROUNDS; i++) {
                long chat = FIRST_CHAT + i;
                Call call = call(in, chat, FIRST_UPDATE + i, i);
                Map<String, String> headers = call.secret() == null ? Map.of()
                        : Map.of("X-Telegram-Bot-Api-Secret-Token", call.secret());
                HttpResponse<String> r = http.post(fake.webhookUrl(), call.body(), call.chunked(), headers);
                String what = "round " + i + " (" + call.kind() + ", "
                        + FuzzHttp.abbreviate(new String(call.body(), StandardCharsets.UTF_8)) + ")";
                if (call.expect() == Expect.REFUSE) {
                    FuzzHttp.jsonAnswer(r, what, call.secret() == null || !call.secret().equals(WebhookHotline.SECRET)
                            ? new Integer[] {401} : new Integer[] {400, 413});
                } else {
                    FuzzHttp.jsonAnswer(r, what, 200);
                }
                calls.put(chat, call);
            }
            assertAnswered(fake, calls);
            http.assertHealthy(service.baseUrl());
            assertStored(service, calls);
        }
        assertThat(calls.values().stream().filter(c -> c.expect() == Expect.STORE)).as("valid hostile texts")
                .hasSizeGreaterThan(ROUNDS / 4);
        assertThat(calls.values().stream().filter(c -> c.expect() == Expect.REFUSE)).as("refused calls")
                .hasSizeGreaterThan(ROUNDS / 4);
    }

    private static void assertAnswered(FakeBotApi fake, Map<Long, Call> calls) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (var e : calls.entrySet()) {
            String chat = Long.toString(e.getKey());
            if (e.getValue().expect() == Expect.STORE) {
                long left = Math.max(0, end - System.nanoTime());
                assertThat(fake.awaitSent(chat, 1, Duration.ofNanos(left))).as("reply to chat " + chat + " ("
                        + e.getValue().kind() + ")").isNotEmpty();
            } else if (e.getValue().expect() == Expect.REFUSE || e.getValue().expect() == Expect.SKIP) {
                assertThat(fake.sent(chat)).as("no reply to chat " + chat + " (" + e.getValue().kind() + ")").isEmpty();
            }
        }
        long buttons = calls.values().stream().filter(c -> c.expect() == Expect.ANSWER_BUTTON).count();
        while (fake.calls("answerCallbackQuery").size() < buttons && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(fake.calls("answerCallbackQuery")).as("every button press answered").hasSize((int) buttons);
    }

    private static void assertStored(WebhookHotline service, Map<Long, Call> calls) throws Exception {
        try (FuzzHttp.StoredTexts stored = new FuzzHttp.StoredTexts(service.db())) {
            for (var e : calls.entrySet()) {
                String chat = Long.toString(e.getKey());
                long updateId = FIRST_UPDATE + (e.getKey() - FIRST_CHAT);
                Call call = e.getValue();
                String what = "chat " + chat + " (" + call.kind() + ")";
                switch (call.expect()) {
                    case STORE -> assertThat(stored.inbound(chat)).as(what).containsExactly(call.text());
                    case ANSWER_BUTTON -> assertThat(stored.inbound(chat)).as(what).hasSize(1);
                    case SKIP -> {
                        assertThat(stored.inbound(chat)).as(what).isEmpty();
                        assertThat(stored.count("SELECT COUNT(*) FROM telegram_updates WHERE update_id = ? AND status = 'skipped'",
                                updateId)).as(what + ": skipped by id").isEqualTo(1);
                    }
                    case REFUSE -> {
                        assertThat(stored.inbound(chat)).as(what).isEmpty();
                        assertThat(stored.count("SELECT COUNT(*) FROM telegram_updates WHERE update_id = ?", updateId))
                                .as(what + ": no update row").isZero();
                    }
                }
            }
            assertThat(stored.count("SELECT COUNT(*) FROM conversations WHERE user_ref NOT GLOB '[0-9]*'"))
                    .as("conversations under a made-up chat id").isZero();
        }
    }

    private static Call call(HostileInput in, long chat, int updateId, int round) throws Exception {
        switch (round % 10) {
            case 0, 1, 2 -> {
                String text = in.hostileText();
                return new Call("hostile text", withId(Updates.text(chat, text), updateId), Expect.STORE, text);
            }
            case 3 -> {
                String text = in.hostileText();
                return new Call("hostile edit", withId(Updates.edited(chat, 1 + in.nextInt(1000), text), updateId), Expect.STORE, text);
            }
            case 4 -> {
                String data = in.randomUnicode(1 + in.nextInt(30));
                return new Call("hostile button", withId(Updates.button(chat, 100_000, data), updateId), Expect.ANSWER_BUTTON, null);
            }
            case 5 -> {
                return in.nextInt(2) == 0
                        ? new Call("random bytes", in.randomBytes(1 + in.nextInt(2000)), false, WebhookHotline.SECRET, Expect.REFUSE, null)
                        : invalidUtf8(in, chat, updateId);
            }
            case 6 -> {
                String text = "y".repeat(70_000 + in.nextInt(500_000));
                byte[] body = JSON.writeValueAsBytes(withId(Updates.text(chat, text), updateId));
                return new Call("huge json", body, in.nextInt(2) == 0, WebhookHotline.SECRET, Expect.REFUSE, null);
            }
            case 7 -> {
                ObjectNode u = withId(Updates.text(chat, "halo"), updateId);
                String deep = HostileInput.nested(50 + in.nextInt(5000));
                String body = JSON.writeValueAsString(u).replace("\"text\":\"halo\"", "\"text\":" + deep);
                return new Call("deep nesting", body.getBytes(StandardCharsets.UTF_8), false, WebhookHotline.SECRET, Expect.REFUSE, null);
            }
            case 8 -> {
                return wrongSecret(in, chat, updateId);
            }
            default -> {
                return in.nextInt(2) == 0 ? wrongType(in, chat, updateId) : unhandled(in, chat, updateId);
            }
        }
    }

    private static ObjectNode withId(ObjectNode update, int updateId) {
        update.put("update_id", updateId);
        return update;
    }

    private static Call invalidUtf8(HostileInput in, long chat, int updateId) throws Exception {
        String json = JSON.writeValueAsString(withId(Updates.text(chat, "abc"), updateId));
        int at = json.indexOf("\"text\":\"abc") + "\"text\":\"abc".length();
        byte[] body = in.withInvalidUtf8(json.substring(0, at), json.substring(at));
        return new Call("invalid utf-8", body, false, WebhookHotline.SECRET, Expect.REFUSE, null);
    }

    private static Call wrongSecret(HostileInput in, long chat, int updateId) throws Exception {
        String s = WebhookHotline.SECRET;
        String[] wrong = {null, "", s + "x", s.substring(1), s.toUpperCase(), "' OR 1=1 --", "<script>x</script>",
            in.controlChars(20).replaceAll("[\\x00-\\x20\\x7f]", "_")};
        ObjectNode update = withId(Updates.text(chat, "/start"), updateId);
        return new Call("wrong secret", JSON.writeValueAsBytes(update), false, wrong[in.nextInt(wrong.length)], Expect.REFUSE, null);
    }

    /** Well-formed JSON whose fields have the wrong types: not a Telegram update. */
    private static Call wrongType(HostileInput in, long chat, int updateId) throws Exception {
        ObjectNode u = withId(Updates.text(chat, "halo"), updateId);
        ObjectNode m = (ObjectNode) u.get("message");
        switch (in.nextInt(10)) {
            case 0 -> u.put("message", "halo");
            case 1 -> m.putArray("chat").add(chat);
            case 2 -> ((ObjectNode) m.get("chat")).put("id", "abc");
            case 3 -> m.putObject("text").put("x", 1);
            case 4 -> m.put("date", "yesterday");
            case 5 -> u.put("update_id", "abc");
            case 6 -> u.put("update_id", 1e30);
            case 7 -> u.remove("update_id");
            case 8 -> ((ObjectNode) m.get("chat")).remove("id");
            default -> m.put("entities", "not-a-list");
        }
        return new Call("wrong type", JSON.writeValueAsBytes(u), false, WebhookHotline.SECRET, Expect.REFUSE, null);
    }

    /** Valid updates we do not handle: acknowledged (so Telegram stops sending them) and skipped by id. */
    private static Call unhandled(HostileInput in, long chat, int updateId) throws Exception {
        ObjectNode u = JSON.createObjectNode().put("update_id", updateId);
        switch (in.nextInt(4)) {
            case 0 -> u.putObject("a_future_update_kind").put("chat_id", chat).put("text", in.hostileText());
            case 1 -> {
                ObjectNode a = u.putObject("poll_answer").put("poll_id", "p1");
                a.putObject("user").put("id", chat).put("is_bot", false).put("first_name", "Siti");
                a.putArray("option_ids").add(0);
            }
            case 2 -> {
                u = withId(Updates.text(chat, in.hostileText()), updateId);
                ((ObjectNode) u.get("message").get("chat")).put("type", "channel");
            }
            default -> {
                u = withId(Updates.text(chat, in.hostileText()), updateId);
                ((ObjectNode) u.get("message").get("from")).put("is_bot", true);
            }
        }
        return new Call("unhandled update", u, Expect.SKIP, null);
    }
}
