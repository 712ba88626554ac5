package id.hotline.channel.telegram;

import id.hotline.store.TelegramOutbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Button payloads as Telegram callback_data, which holds at most 64 bytes: longer payloads travel as a short key
 * ("k:" and a hash) remembered in the database.
 */
final class CallbackData {
    static final int MAX_BYTES = 64;
    private static final String KEY_PREFIX = "k:";
    private final TelegramOutbox store;

    CallbackData(TelegramOutbox store) {
        this.store = store;
    }

    String encode(String payload) {
        if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES && !payload.startsWith(KEY_PREFIX)) {
            return payload;
        }
        String key = KEY_PREFIX + hash(payload);
        store.rememberPayload(key, payload);
        return key;
    }

    /** The payload a pressed button stands for; an unknown key opens the menu. */
    String decode(String data) {
        if (!data.startsWith(KEY_PREFIX)) {
            return data;
        }
        return store.payload(data).orElse("/menu");
    }

    private static String hash(String payload) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
