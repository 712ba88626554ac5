package id.hotline.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void verifies_the_right_password_and_rejects_a_wrong_one() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).startsWith("$2a$04$").doesNotContain("correct");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hasher.hash("same password!")).isNotEqualTo(hasher.hash("same password!"));
    }

    @Test
    void production_cost_is_twelve() {
        assertThat(new PasswordHasher(PasswordHasher.DEFAULT_COST).hash("a long enough one")).startsWith("$2a$12$");
    }

    @Test
    void refuses_short_and_over_long_passwords_instead_of_truncating() {
        assertThatThrownBy(() -> hasher.hash("short")).hasMessageContaining("minimal 10");
        assertThatThrownBy(() -> hasher.hash("x".repeat(73))).hasMessageContaining("72");
        assertThat(hasher.verify("x".repeat(73), hasher.hash("x".repeat(72)))).isFalse();
    }

    @Test
    void a_broken_stored_hash_never_verifies() {
        assertThat(hasher.verify("whatever-password", "not-a-bcrypt-hash")).isFalse();
        assertThat(hasher.verify(null, hasher.hash("whatever-password"))).isFalse();
    }
}
