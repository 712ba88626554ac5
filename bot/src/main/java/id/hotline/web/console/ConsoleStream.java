package id.hotline.web.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.hotline.console.ConsoleSession;
import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;
import id.hotline.handoff.CaseListener;
import id.hotline.web.Json;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * Live console updates over Server-Sent Events: case changes, new messages in live cases, re-alerts, deletions.
 * Events are sent from one thread, so every console sees them in the order they happened.
 */
public final class ConsoleStream implements CaseListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleStream.class);
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final Executor sender;
    private final Predicate<String> sessionAlive;
    private final Clock clock;

    private record Client(SseClient sse, String sessionHash) {
    }

    /** @param sessionAlive whether the session with this token hash is still valid; streams of ended sessions are closed */
    public ConsoleStream(Executor sender, Predicate<String> sessionAlive, Clock clock) {
        this.sender = sender;
        this.sessionAlive = sessionAlive;
        this.clock = clock;
    }

    void add(SseClient sse, ConsoleSession session) {
        Client client = new Client(sse, session.tokenHash());
        sse.keepAlive();
        sse.onClose(() -> clients.remove(client));
        clients.add(client);
        sender.execute(() -> sse.sendEvent("hello", "{\"user\":" + quote(session.username()) + "}"));
    }

    int size() {
        return clients.size();
    }

    @Override
    public void caseChanged(HelpCase helpCase, CaseEvent event) {
        broadcast("case", Map.of("event", event.name().toLowerCase(java.util.Locale.ROOT),
                "case", Views.summary(helpCase, clock.instant())));
    }

    @Override
    public void messageAdded(HelpCase helpCase, StoredMessage message) {
        broadcast("message", Map.of("caseId", helpCase.id(), "message", Views.message(message)));
    }

    public void conversationDeleted(long conversationId) {
        broadcast("deleted", Map.of("conversationId", conversationId));
    }

    /** Keeps connections open through proxies and drops streams whose session ended (logout, disabled account). */
    public void ping() {
        sender.execute(() -> {
            for (Client c : clients) {
                if (c.sse().terminated() || !sessionAlive.test(c.sessionHash())) {
                    clients.remove(c);
                    c.sse().close();
                } else {
                    c.sse().sendComment("ping");
                }
            }
        });
    }

    private void broadcast(String name, Map<String, Object> data) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            LOG.warn("console event {} not serialisable: {}", name, e.toString());
            return;
        }
        sender.execute(() -> {
            for (Client c : clients) {
                if (c.sse().terminated()) {
                    clients.remove(c);
                } else {
                    c.sse().sendEvent(name, json);
                }
            }
        });
    }

    private static String quote(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            return "\"\"";
        }
    }

    @Override
    public void close() {
        for (Client c : clients) {
            c.sse().close();
        }
        clients.clear();
    }
}
