package id.hotline.web.console;

import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.console.SessionService;
import id.hotline.testing.ConsoleClient;
import id.hotline.testing.EventStream;
import id.hotline.testing.MutableClock;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The live stream against the real server with a clock the test moves: it ends with its session's lifetime. */
@Timeout(60)
class ConsoleStreamTest {
    private static final String PASSWORD = "admin-password-1";
    @TempDir
    Path dir;
    private Hotline hotline;

    @AfterEach
    void stop() {
        if (hotline != null) {
            hotline.close();
        }
    }

    @Test
    void a_stream_whose_session_expired_gets_no_more_events_and_ends() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
        hotline = Hotline.start(Config.forTests(dir.resolve("h.db"), TestPaths.knowledgeBase(),
                Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", PASSWORD)), clock);
        ConsoleClient admin = new ConsoleClient(hotline.port());
        assertThat(admin.login("admin", PASSWORD).statusCode()).isEqualTo(200);
        try (EventStream stream = EventStream.open(admin.base(), admin.cookie())) {
            clock.advance(SessionService.ABSOLUTE);
            admin.chat("s0123456789abcdef0123456789abcdef", "/konselor", false);
            assertThat(stream.endsWithin(Duration.ofSeconds(2))).as("the stream ended").isTrue();
            assertThat(stream.unread()).as("events after the session expired").isEmpty();
        }
    }
}
