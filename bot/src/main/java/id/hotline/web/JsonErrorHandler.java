package id.hotline.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;

/**
 * Jetty's own error responses (requests it refuses before they reach Javalin, such as a NUL or another invalid
 * character in the path) as {"error": ...} JSON like every other error, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public boolean errorPageForMethod(String method) {
        return true; // a body for every method (Jetty writes none for PUT or DELETE)
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws java.io.IOException {
        String reason = HttpStatus.getMessage(code);
        byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("error", reason == null ? "error " + code : reason.toLowerCase(Locale.ROOT)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        // Jetty drops the connection after a request it could not accept; say so, or a client reusing it fails
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
