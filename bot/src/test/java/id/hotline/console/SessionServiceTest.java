package id.hotline.console;

import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteConsoleSessionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionServiceTest {
    @TempDir
    Path dir;
    ConsoleFixture f;
    Account sari;

    @BeforeEach
    void setUp() {
        f = new ConsoleFixture(dir);
        sari = f.counselor("sari", "sari-password-1");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void a_session_survives_a_restart() {
        String token = f.sessions.start(sari).token();
        f.db.close();
        try (Database reopened = Database.open(f.file)) {
            var after = new SessionService(new SqliteConsoleSessionStore(reopened), f.clock);
            assertThat(after.resume(token)).get().extracting(ConsoleSession::username).isEqualTo("sari");
        }
        f = new ConsoleFixture(dir);
    }

    @Test
    void only_a_hash_of_the_token_is_stored() throws Exception {
        String token = f.sessions.start(sari).token();
        f.db.close();
        byte[] bytes = Files.readAllBytes(f.file);
        String wal = Files.exists(dir.resolve("hotline.db-wal")) ? Files.readString(dir.resolve("hotline.db-wal"),
                java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) + wal).doesNotContain(token)
                .contains(SessionService.hash(token));
        f = new ConsoleFixture(dir);
    }

    @Test
    void unknown_or_blank_tokens_give_no_session() {
        assertThat(f.sessions.resume("not-a-token")).isEmpty();
        assertThat(f.sessions.resume("")).isEmpty();
        assertThat(f.sessions.resume(null)).isEmpty();
    }

    @Test
    void a_session_idles_out_after_two_hours_without_requests() {
        String token = f.sessions.start(sari).token();
        f.clock.advance(Duration.ofMinutes(119));
        assertThat(f.sessions.resume(token)).isPresent();
        f.clock.advance(Duration.ofMinutes(119));
        assertThat(f.sessions.resume(token)).isPresent();
        f.clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertThat(f.sessions.resume(token)).isEmpty();
    }

    @Test
    void a_session_ends_after_twelve_hours_however_active() {
        String token = f.sessions.start(sari).token();
        for (int i = 0; i < 11; i++) {
            f.clock.advance(Duration.ofHours(1));
            assertThat(f.sessions.resume(token)).isPresent();
        }
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.sessions.resume(token)).isEmpty();
    }

    @Test
    void logout_and_disabling_the_account_end_the_session() {
        String first = f.sessions.start(sari).token();
        f.sessions.end(first);
        assertThat(f.sessions.resume(first)).isEmpty();
        String second = f.sessions.start(sari).token();
        f.accounts.setActive(sari.id(), false);
        assertThat(f.sessions.resume(second)).isEmpty();
    }

    @Test
    void listeners_are_told_of_sessions_ended_by_logout_idling_disabling_and_password_reset() {
        List<String> heard = new ArrayList<>();
        f.sessions.subscribe(new SessionEndListener() {
            @Override
            public void sessionEnded(String tokenHash) {
                heard.add("session " + tokenHash);
            }

            @Override
            public void accountSessionsEnded(long accountId) {
                heard.add("account " + accountId);
            }
        });
        ConsoleSession admin = f.sessionOf(f.admin("admin", "admin-password-1"));
        SessionService.Issued loggedOut = f.sessions.start(sari);
        f.sessions.end(loggedOut.token());
        SessionService.Issued idle = f.sessions.start(sari);
        f.clock.advance(SessionService.IDLE);
        assertThat(f.sessions.resume(idle.token())).isEmpty();
        f.accountService.resetPassword(admin, sari.id(), "new-sari-password");
        f.accountService.setActive(admin, sari.id(), false);
        assertThat(heard).containsExactly("session " + loggedOut.session().tokenHash(), "session " + idle.session().tokenHash(),
                "account " + sari.id(), "account " + sari.id());
    }

    @Test
    void the_csrf_token_must_match_exactly() {
        ConsoleSession s = f.sessions.start(sari).session();
        assertThat(SessionService.csrfMatches(s, s.csrfToken())).isTrue();
        assertThat(SessionService.csrfMatches(s, s.csrfToken() + "x")).isFalse();
        assertThat(SessionService.csrfMatches(s, "")).isFalse();
        assertThat(SessionService.csrfMatches(s, null)).isFalse();
        ConsoleSession other = f.sessions.start(sari).session();
        assertThat(SessionService.csrfMatches(s, other.csrfToken())).isFalse();
    }

    @Test
    void expired_sessions_are_purged() {
        f.sessions.start(sari);
        f.clock.advance(Duration.ofHours(13));
        assertThat(f.sessions.purgeExpired()).isEqualTo(1);
    }
}
