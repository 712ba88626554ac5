package id.hotline.web.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.hotline.console.ConsoleSession;
import id.hotline.console.SessionEndListener;
import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;
import id.hotline.handoff.CaseListener;
import id.hotline.web.Json;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * Live console updates over Server-Sent Events: case changes, new messages in live cases, re-alerts, deletions.
 * Events are sent from one thread, so every console sees them in the order they happened. A stream lives only as long
 * as its session: it is closed the moment the session ends (logout, disabled account, password reset) and gets
 * nothing once the session has expired.
 */
public final class ConsoleStream implements CaseListener, SessionEndListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleStream.class);
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final Executor sender;
    private final Predicate<String> sessionAlive;
    private final Clock clock;

    private record Client(SseClient sse, String sessionHash, long accountId, Instant expiresAt) {
    }

    /** @param sessionAlive whether the session with this token hash is still valid (checked at each ping) */
    public ConsoleStream(Executor sender, Predicate<String> sessionAlive, Clock clock) {
        this.sender = sender;
        this.sessionAlive = sessionAlive;
        this.clock = clock;
    }

    void add(SseClient sse, ConsoleSession session) {
        Client client = new Client(sse, session.tokenHash(), session.accountId(), session.expiresAt());
        sse.keepAlive();
        sse.onClose(() -> clients.remove(client));
        clients.add(client);
        if (!sessionAlive.test(client.sessionHash())) {
            drop(client); // the session ended between the request's check and now: the listener came too early
            return;
        }
        sender.execute(() -> {
            if (open(client, clock.instant())) {
                sse.sendEvent("hello", "{\"user\":" + quote(session.username()) + "}");
            }
        });
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

    @Override
    public void conversationDeleted(long conversationId, boolean byPerson) {
        broadcast("deleted", Map.of("conversationId", conversationId, "by", byPerson ? "person" : "admin"));
    }

    @Override
    public void sessionEnded(String tokenHash) {
        closeWhere(c -> c.sessionHash().equals(tokenHash));
    }

    @Override
    public void accountSessionsEnded(long accountId) {
        closeWhere(c -> c.accountId() == accountId);
    }

    /** Closes at once, on the caller's thread: a closed stream is sent nothing more, even by an event already queued. */
    private void closeWhere(Predicate<Client> ended) {
        for (Client c : clients) {
            if (ended.test(c)) {
                drop(c);
            }
        }
    }

    /** Keeps connections open through proxies and drops streams whose session ended in any other way. */
    public void ping() {
        sender.execute(() -> {
            Instant now = clock.instant();
            for (Client c : clients) {
                if (open(c, now) && sessionAlive.test(c.sessionHash())) {
                    c.sse().sendComment("ping");
                } else {
                    drop(c);
                }
            }
        });
    }

    /** Whether the stream may still be sent to; a closed stream, or one whose session expired, is dropped. */
    private boolean open(Client c, Instant now) {
        if (!c.sse().terminated() && now.isBefore(c.expiresAt())) {
            return true;
        }
        drop(c);
        return false;
    }

    private void drop(Client c) {
        clients.remove(c);
        c.sse().close();
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
            Instant now = clock.instant();
            for (Client c : clients) {
                if (open(c, now)) {
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
