package id.hotline.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginServiceTest {
    @TempDir
    Path dir;
    ConsoleFixture f;

    @BeforeEach
    void setUp() {
        f = new ConsoleFixture(dir);
        f.counselor("sari", "sari-password-1");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void right_password_logs_in_and_wrong_one_is_rejected() {
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.0.1")).isInstanceOf(LoginService.Result.Success.class);
        assertThat(f.logins.login("sari", "wrong-password", "10.0.0.1")).isInstanceOf(LoginService.Result.Rejected.class);
        assertThat(f.logins.login("nobody", "sari-password-1", "10.0.0.1")).isInstanceOf(LoginService.Result.Rejected.class);
    }

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes_even_with_the_right_password() {
        for (int i = 0; i < 5; i++) {
            // a different address each time, so only the account counter is at work
            assertThat(f.logins.login("sari", "wrong-" + i, "10.0.1." + i)).isInstanceOf(LoginService.Result.Rejected.class);
        }
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.2.1")).isInstanceOf(LoginService.Result.Locked.class);
        f.clock.advance(Duration.ofMinutes(14));
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.2.2")).isInstanceOf(LoginService.Result.Locked.class);
        f.clock.advance(Duration.ofMinutes(2));
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.2.3")).isInstanceOf(LoginService.Result.Success.class);
    }

    @Test
    void the_account_lockout_is_stored_in_the_database() {
        for (int i = 0; i < 5; i++) {
            f.logins.login("sari", "wrong-" + i, "10.0.1." + i);
        }
        assertThat(f.accounts.byName("sari").orElseThrow().lockedAt(f.clock.instant())).isTrue();
    }

    @Test
    void a_successful_login_clears_earlier_failures() {
        for (int i = 0; i < 4; i++) {
            f.logins.login("sari", "wrong-" + i, "10.0.1." + i);
        }
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.3.1")).isInstanceOf(LoginService.Result.Success.class);
        assertThat(f.logins.login("sari", "wrong-again", "10.0.3.2")).isInstanceOf(LoginService.Result.Rejected.class);
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.3.3")).isInstanceOf(LoginService.Result.Success.class);
    }

    @Test
    void five_failures_from_one_address_block_that_address_for_every_account() {
        f.counselor("budi", "budi-password-1");
        for (int i = 0; i < 5; i++) {
            f.logins.login("user" + i, "guess-" + i, "192.0.2.7");
        }
        assertThat(f.logins.login("budi", "budi-password-1", "192.0.2.7")).isInstanceOf(LoginService.Result.Locked.class);
        assertThat(f.logins.login("budi", "budi-password-1", "192.0.2.8")).isInstanceOf(LoginService.Result.Success.class);
        f.clock.advance(Duration.ofMinutes(16));
        assertThat(f.logins.login("budi", "budi-password-1", "192.0.2.7")).isInstanceOf(LoginService.Result.Success.class);
    }

    @Test
    void a_disabled_account_cannot_log_in() {
        long id = f.accounts.byName("sari").orElseThrow().id();
        f.accounts.setActive(id, false);
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.0.1")).isInstanceOf(LoginService.Result.Rejected.class);
    }

    @Test
    void failed_logins_are_audited_without_the_password() {
        f.logins.login("sari", "a-secret-guess", "10.0.0.1");
        var entries = f.audit.latest(10, Long.MAX_VALUE);
        assertThat(entries).extracting(e -> e.action()).containsExactly("login_failed");
        assertThat(entries.get(0).toString()).doesNotContain("a-secret-guess");
    }
}
