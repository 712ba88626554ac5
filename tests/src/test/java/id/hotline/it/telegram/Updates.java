package id.hotline.it.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.atomic.AtomicInteger;

/** Telegram updates as the Bot API sends them (JSON), for the fake to deliver. */
public final class Updates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1);

    private Updates() {
    }

    public static ObjectNode text(long chatId, String text) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = message(u.putObject("message"), chatId, "private");
        m.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? text.length() : end);
        }
        return u;
    }

    public static ObjectNode edited(long chatId, int messageId, String text) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = message(u.putObject("edited_message"), chatId, "private");
        m.put("message_id", messageId).put("edit_date", System.currentTimeMillis() / 1000).put("text", text);
        return u;
    }

    public static ObjectNode button(long chatId, int botMessageId, String data) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode q = u.putObject("callback_query");
        q.put("id", "cb" + MESSAGE_IDS.incrementAndGet()).put("chat_instance", "ci" + chatId).put("data", data);
        user(q.putObject("from"), chatId);
        ObjectNode m = q.putObject("message");
        m.put("message_id", botMessageId).put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Siti");
        m.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Hotline");
        m.put("text", "...");
        return u;
    }

    public static ObjectNode photo(long chatId) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = message(u.putObject("message"), chatId, "private");
        m.putArray("photo").addObject().put("file_id", "AgAC-photo").put("file_unique_id", "p1").put("width", 90)
                .put("height", 90).put("file_size", 1200);
        return u;
    }

    public static ObjectNode sticker(long chatId) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = message(u.putObject("message"), chatId, "private");
        m.putObject("sticker").put("file_id", "CAAC-sticker").put("file_unique_id", "s1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false).put("emoji", "\uD83D\uDE4F");
        return u;
    }

    public static ObjectNode voice(long chatId) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = message(u.putObject("message"), chatId, "private");
        m.putObject("voice").put("file_id", "AwAC-voice").put("file_unique_id", "v1").put("duration", 3);
        return u;
    }

    public static ObjectNode location(long chatId, double lat, double lon) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = message(u.putObject("message"), chatId, "private");
        m.putObject("location").put("latitude", lat).put("longitude", lon);
        return u;
    }

    public static ObjectNode contact(long chatId) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = message(u.putObject("message"), chatId, "private");
        m.putObject("contact").put("phone_number", "+6281234567890").put("first_name", "Agen");
        return u;
    }

    public static ObjectNode groupText(long groupId, long userId, String text) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode m = u.putObject("message");
        m.put("message_id", MESSAGE_IDS.incrementAndGet()).put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", groupId).put("type", "supergroup").put("title", "Paguyuban");
        user(m.putObject("from"), userId);
        m.put("text", text);
        int at = text.indexOf("@" + FakeBotApi.BOT_USERNAME);
        if (at >= 0) {
            m.putArray("entities").addObject().put("type", "mention").put("offset", at)
                    .put("length", FakeBotApi.BOT_USERNAME.length() + 1);
        }
        return u;
    }

    public static ObjectNode chatMemberUpdate(long chatId) {
        ObjectNode u = JSON.createObjectNode();
        ObjectNode c = u.putObject("my_chat_member");
        c.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Siti");
        user(c.putObject("from"), chatId);
        c.put("date", System.currentTimeMillis() / 1000);
        c.putObject("old_chat_member").put("status", "member").putObject("user").put("id", FakeBotApi.BOT_ID)
                .put("is_bot", true).put("first_name", "Hotline");
        c.putObject("new_chat_member").put("status", "kicked").put("until_date", 0).putObject("user")
                .put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Hotline");
        return u;
    }

    private static ObjectNode message(ObjectNode m, long chatId, String type) {
        m.put("message_id", MESSAGE_IDS.incrementAndGet()).put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", chatId).put("type", type).put("first_name", "Siti");
        user(m.putObject("from"), chatId);
        return m;
    }

    private static void user(ObjectNode u, long id) {
        u.put("id", id).put("is_bot", false).put("first_name", "Siti").put("language_code", "id");
    }
}
