package id.hotline.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict request-body parsing: anything that is not the expected JSON becomes a 400 with a clear message. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_NESTING = 32;

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .maxStringLength(100_000).build());
    }

    private Json() {
    }

    public static JsonNode object(Context ctx) {
        String body = body(ctx);
        if (body.isBlank()) {
            throw new ApiError(400, "request body must be a JSON object");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ApiError(400, "request body must be a JSON object");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new ApiError(400, e.getMessage().contains("nesting depth")
                    ? "JSON nested too deeply (at most " + MAX_NESTING + " levels)" : "a JSON value is too long");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ApiError(400, at == null || at.getLineNr() < 1 ? "malformed JSON"
                    : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
    }

    /** The request body, strictly decoded: invalid UTF-8 is refused, never stored with replacement characters. */
    public static String body(Context ctx) {
        return utf8(ctx.bodyAsBytes());
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(400, "request body is not valid UTF-8");
        }
    }

    /** A required string field, trimmed of surrounding space. */
    public static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            throw new ApiError(400, "'" + field + "' is required");
        }
        if (!n.isTextual()) {
            throw new ApiError(400, "'" + field + "' must be a string");
        }
        return n.asText();
    }
}
