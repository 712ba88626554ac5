package id.hotline.console;

import id.hotline.store.ConsoleSessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Server-side console sessions: a random cookie token (stored hashed), a CSRF token, idle and absolute expiry. */
public final class SessionService {
    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);
    public static final Duration IDLE = Duration.ofHours(2);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final ConsoleSessionStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<SessionEndListener> listeners = new CopyOnWriteArrayList<>();

    /** A new session and the token for its cookie (the only place the raw token exists). */
    public record Issued(String token, ConsoleSession session) {
    }

    public SessionService(ConsoleSessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The listener is told of every session that ends by logout, idling, a disabled account or a password reset. */
    public void subscribe(SessionEndListener listener) {
        listeners.add(listener);
    }

    public Issued start(Account account) {
        Instant now = clock.instant();
        String token = randomToken();
        String csrf = randomToken();
        Instant expires = now.plus(ABSOLUTE);
        store.create(hash(token), account.id(), csrf, now, expires);
        return new Issued(token, new ConsoleSession(hash(token), account.id(), account.username(), account.role(), csrf, now, expires));
    }

    /** The live session for a cookie token; expired or unknown tokens give empty. */
    public Optional<ConsoleSession> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String h = hash(token);
        Optional<ConsoleSession> found = store.find(h);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ConsoleSession s = found.get();
        if (!now.isBefore(s.expiresAt()) || !now.isBefore(s.lastSeenAt().plus(IDLE))) {
            delete(h);
            return Optional.empty();
        }
        if (!now.isBefore(s.lastSeenAt().plus(TOUCH_EVERY))) {
            store.touch(h, now);
        }
        return found;
    }

    /**
     * Whether the session with this token hash still exists for an active account and is within its absolute lifetime.
     * An open live stream keeps a session from idling out; logout, disabling and expiry still end it.
     */
    public boolean active(String tokenHash) {
        Instant now = clock.instant();
        return store.find(tokenHash).filter(s -> now.isBefore(s.expiresAt())).isPresent();
    }

    public void end(String token) {
        if (token != null && !token.isBlank()) {
            delete(hash(token));
        }
    }

    public void endAll(long accountId) {
        store.deleteForAccount(accountId);
        tell(l -> l.accountSessionsEnded(accountId));
    }

    private void delete(String tokenHash) {
        store.delete(tokenHash);
        tell(l -> l.sessionEnded(tokenHash));
    }

    /** After the session is gone from the store; a failing listener neither stops the others nor the caller. */
    private void tell(Consumer<SessionEndListener> event) {
        for (SessionEndListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("session end listener failed: {}", e.toString());
            }
        }
    }

    public int purgeExpired() {
        return store.deleteExpired(clock.instant());
    }

    /** Constant-time comparison of the presented CSRF token with the session's. */
    public static boolean csrfMatches(ConsoleSession session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
