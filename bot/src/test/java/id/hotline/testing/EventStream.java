package id.hotline.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A console's live event stream ({@code GET /api/console/events}) as the console page reads it: each event with its
 * name and data, comments (pings) left out, and whether the server ended the stream.
 */
public final class EventStream implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final CompletableFuture<HttpResponse<Void>> response;
    private volatile Flow.Subscription subscription;

    /** One server-sent event. */
    public record Event(String name, String data) {
    }

    private EventStream(String base, String cookie) {
        response = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/console/events"))
                .header("Accept", "text/event-stream").header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new Lines()));
    }

    /** Opens the stream with the session cookie and waits for its first event, "hello". */
    public static EventStream open(String base, String cookie) throws InterruptedException {
        EventStream s = new EventStream(base, cookie);
        s.next("hello", Duration.ofSeconds(5));
        return s;
    }

    /** The next event with this name (others before it are skipped); an AssertionError when none comes in time. */
    public Event next(String name, Duration within) throws InterruptedException {
        return next(e -> e.name().equals(name), within, "event '" + name + "'");
    }

    public Event next(Predicate<Event> wanted, Duration within, String what) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            Event e = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no " + what + " on the event stream within " + within.toMillis() + " ms");
            }
            if (wanted.test(e)) {
                return e;
            }
        }
    }

    /** Every event received and not yet read. */
    public List<Event> unread() {
        List<Event> out = new ArrayList<>();
        events.drainTo(out);
        return out;
    }

    /** Whether the server ended the stream within this time. */
    public boolean endsWithin(Duration within) throws InterruptedException {
        try {
            ended.get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        if (subscription != null) {
            subscription.cancel();
        }
    }

    /** Turns "event: x" / "data: y" / blank-line groups into events; ": ping" comments are not events. */
    private final class Lines implements Flow.Subscriber<String> {
        private String name = "message";
        private final StringBuilder data = new StringBuilder();

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new Event(name, data.toString()));
                }
                name = "message";
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
            }
        }

        @Override
        public void onError(Throwable t) {
            ended.complete(null);
        }

        @Override
        public void onComplete() {
            ended.complete(null);
        }
    }
}
