package id.hotline.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.web.ApiError;
import id.hotline.web.Json;
import id.hotline.web.RouteModule;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * POST /telegram/webhook on our own HTTP server. Telegram signs each call with the secret given to setWebhook;
 * anything else is refused with 401 and not stored. A 200 is answered only after the update is stored.
 */
final class WebhookRoutes implements RouteModule {
    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRoutes.class);
    /** The strict mapper's limits (nesting, string length), but tolerant of fields newer Bot API versions add. */
    private static final ObjectMapper JSON = Json.MAPPER.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final UpdateReceiver receiver;

    WebhookRoutes(String secret, UpdateReceiver receiver) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.receiver = receiver;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.post(PATH, this::update);
    }

    private void update(Context ctx) {
        String given = ctx.header(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "missing or wrong " + SECRET_HEADER);
        }
        if (!receiver.isReady()) {
            ctx.status(503).json(Map.of("error", "the Telegram channel is starting; retry later"));
            return;
        }
        Update update;
        try {
            update = JSON.readValue(Json.body(ctx), Update.class);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "request body is not a Telegram update");
        }
        if (update == null || update.getUpdateId() == null) {
            throw new ApiError(400, "request body is not a Telegram update");
        }
        try {
            receiver.receive(List.of(update));
        } catch (RuntimeException e) {
            LOG.error("telegram update {} could not be stored: {}", update.getUpdateId(), e.toString());
            ctx.status(500).json(Map.of("error", "the update was not stored; Telegram will deliver it again"));
            return;
        }
        ctx.json(Map.of("ok", true));
    }
}
