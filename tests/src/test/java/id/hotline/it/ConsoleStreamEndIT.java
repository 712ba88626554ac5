package id.hotline.it;

import id.hotline.Hotline;
import id.hotline.it.support.ConsoleAdminApi;
import id.hotline.testing.EventStream;
import id.hotline.it.support.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console's live event stream carries the people's words: it lives only as long as its session. Disabling the
 * account, resetting its password or logging the session out closes the stream at once, and it gets no event after.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleStreamEndIT {
    static final String ADMIN_PASSWORD = "admin-password-1";
    /** The stream must end this soon after the request that ended its session (it used to wait for the 15 s ping). */
    static final Duration ENDS_WITHIN = Duration.ofSeconds(2);
    Hotline hotline;
    String base;
    ConsoleAdminApi admin;

    @BeforeAll
    void start() throws Exception {
        hotline = Services.start(Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        base = "http://127.0.0.1:" + hotline.port();
        admin = new ConsoleAdminApi(base).login("admin", ADMIN_PASSWORD);
    }

    @AfterAll
    void stop() {
        hotline.close();
    }

    @Test
    void disabling_an_account_closes_every_stream_of_it_at_once_and_sends_them_nothing_more() throws Exception {
        long id = counselor("fajar");
        try (EventStream desk = EventStream.open(base, login("fajar").cookie());
             EventStream phone = EventStream.open(base, login("fajar").cookie())) {
            admin.post("/api/console/accounts/" + id + "/disable", null, 200);
            assertEndedAndSentNothingMore(desk, phone);
        }
    }

    @Test
    void a_password_reset_closes_every_stream_of_the_account_at_once() throws Exception {
        long id = counselor("gita");
        try (EventStream desk = EventStream.open(base, login("gita").cookie())) {
            admin.post("/api/console/accounts/" + id + "/password", Map.of("password", "gita-new-password-2"), 200);
            assertEndedAndSentNothingMore(desk);
        }
    }

    @Test
    void logging_out_closes_that_sessions_stream_only() throws Exception {
        counselor("hana");
        ConsoleAdminApi desk = login("hana");
        try (EventStream deskStream = EventStream.open(base, desk.cookie());
             EventStream phoneStream = EventStream.open(base, login("hana").cookie())) {
            desk.post("/api/console/logout", null, 200);
            String words = assertEndedAndSentNothingMore(deskStream);
            phoneStream.next(e -> e.name().equals("message") && e.data().contains(words), Duration.ofSeconds(5),
                    "the message on the other session's stream");
        }
    }

    /**
     * The streams end within {@link #ENDS_WITHIN}; then a person asks for a counselor, and once an admin's console has
     * seen their message, the ended streams must not have received it (nor anything else). Returns the message.
     */
    private String assertEndedAndSentNothingMore(EventStream... ended) throws Exception {
        for (EventStream s : ended) {
            assertThat(s.endsWithin(ENDS_WITHIN)).as("the stream ended within %d ms", ENDS_WITHIN.toMillis()).isTrue();
        }
        String words = "/konselor";
        try (EventStream watcher = EventStream.open(base, admin.cookie())) {
            admin.chat("s" + UUID.randomUUID().toString().replace("-", ""), words);
            watcher.next(e -> e.name().equals("message") && e.data().contains(words), Duration.ofSeconds(5),
                    "the person's message on the admin's stream");
        }
        for (EventStream s : ended) {
            assertThat(s.unread()).as("events after the session ended").isEmpty();
        }
        return words;
    }

    private long counselor(String name) throws Exception {
        return admin.post("/api/console/accounts", Map.of("username", name, "password", name + "-password-1",
                "role", "counselor"), 201).path("id").asLong();
    }

    private ConsoleAdminApi login(String name) throws Exception {
        return new ConsoleAdminApi(base).login(name, name + "-password-1");
    }
}
