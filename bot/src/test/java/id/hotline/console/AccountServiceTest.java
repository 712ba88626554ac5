package id.hotline.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceTest {
    @TempDir
    Path dir;
    ConsoleFixture f;

    @BeforeEach
    void setUp() {
        f = new ConsoleFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void the_first_admin_is_created_once_and_an_existing_account_is_left_alone() {
        assertThat(f.accountService.ensureAdmin("admin", "admin-password-1")).isTrue();
        assertThat(f.accountService.ensureAdmin("admin", "another-password")).isFalse();
        Account admin = f.accounts.byName("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(f.hasher.verify("admin-password-1", admin.passwordHash())).isTrue();
    }

    @Test
    void a_counselor_cannot_add_accounts() {
        ConsoleSession counselor = f.sessionOf(f.counselor("sari", "sari-password-1"));
        assertThatThrownBy(() -> f.accountService.create(counselor, "budi", "budi-password-1", Role.COUNSELOR))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThat(f.accounts.byName("budi")).isEmpty();
    }

    @Test
    void an_admin_adds_a_counselor_who_can_then_log_in() {
        ConsoleSession admin = f.sessionOf(f.admin("admin", "admin-password-1"));
        f.accountService.create(admin, "budi", "budi-password-1", Role.COUNSELOR);
        assertThat(f.logins.login("budi", "budi-password-1", "10.0.0.1")).isInstanceOf(LoginService.Result.Success.class);
        assertThatThrownBy(() -> f.accountService.create(admin, "BUDI", "budi-password-2", Role.COUNSELOR))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThatThrownBy(() -> f.accountService.create(admin, "x y", "budi-password-2", Role.COUNSELOR))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID));
    }

    @Test
    void disabling_an_account_logs_it_out_and_keeps_it_out() {
        ConsoleSession admin = f.sessionOf(f.admin("admin", "admin-password-1"));
        Account sari = f.counselor("sari", "sari-password-1");
        String token = f.sessions.start(sari).token();
        f.accountService.setActive(admin, sari.id(), false);
        assertThat(f.sessions.resume(token)).isEmpty();
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.0.1")).isInstanceOf(LoginService.Result.Rejected.class);
        f.accountService.setActive(admin, sari.id(), true);
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.0.1")).isInstanceOf(LoginService.Result.Success.class);
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        Account admin = f.admin("admin", "admin-password-1");
        ConsoleSession s = f.sessionOf(admin);
        assertThatThrownBy(() -> f.accountService.setActive(s, admin.id(), false)).isInstanceOf(DeskException.class);
    }

    @Test
    void a_password_reset_replaces_the_password_and_ends_sessions() {
        ConsoleSession admin = f.sessionOf(f.admin("admin", "admin-password-1"));
        Account sari = f.counselor("sari", "sari-password-1");
        String token = f.sessions.start(sari).token();
        f.accountService.resetPassword(admin, sari.id(), "new-sari-password");
        assertThat(f.sessions.resume(token)).isEmpty();
        assertThat(f.logins.login("sari", "sari-password-1", "10.0.0.1")).isInstanceOf(LoginService.Result.Rejected.class);
        assertThat(f.logins.login("sari", "new-sari-password", "10.0.0.2")).isInstanceOf(LoginService.Result.Success.class);
        assertThat(f.audit.latest(10, Long.MAX_VALUE).toString()).doesNotContain("new-sari-password");
    }
}
