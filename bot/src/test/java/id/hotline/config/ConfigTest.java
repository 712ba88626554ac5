package id.hotline.config;

import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {
    @Test
    void defaults_need_no_configuration() {
        Config c = Config.fromEnv(Map.of());
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.db()).isEqualTo(Path.of("./data/hotline.db"));
        assertThat(c.kb()).isEqualTo(Path.of("./knowledge-base"));
        assertThat(c.telegramToken()).isEmpty();
        assertThat(c.telegramApiUrl().toString()).isEqualTo("https://api.telegram.org");
        assertThat(c.telegramMode()).isEqualTo(Config.TelegramMode.POLLING);
    }

    @Test
    void the_time_zone_defaults_to_jakarta_and_a_bad_one_fails_in_one_line_naming_the_variable() {
        assertThat(Config.fromEnv(Map.of()).zone()).isEqualTo(java.time.ZoneId.of("Asia/Jakarta"));
        assertThat(Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "Asia/Makassar")).zone()).isEqualTo(java.time.ZoneId.of("Asia/Makassar"));
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "Jakarta/Indonesia")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("HOTLINE_TIMEZONE must be a time zone like Asia/Jakarta, was 'Jakarta/Indonesia'");
    }

    @Test
    void a_bad_port_names_the_variable() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_PORT", "seventy")))
                .isInstanceOf(ConfigException.class).hasMessage("HOTLINE_PORT must be a whole number from 0 to 65535, was 'seventy'");
    }

    @Test
    void webhook_mode_needs_url_and_secret() {
        var env = Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_MODE", "webhook");
        assertThatThrownBy(() -> Config.fromEnv(env)).hasMessageStartingWith("TELEGRAM_WEBHOOK_URL is required");
        var withUrl = Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_MODE", "webhook", "TELEGRAM_WEBHOOK_URL", "https://x.example/telegram/webhook");
        assertThatThrownBy(() -> Config.fromEnv(withUrl)).hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET must be");
    }

    @Test
    void the_webhook_url_must_be_https_because_telegram_refuses_plain_http() {
        for (String bad : new String[] {"http://hotline.example.org/telegram/webhook", "http://10.0.0.5:7070/telegram/webhook",
                "ftp://hotline.example.org/telegram/webhook"}) {
            assertThatThrownBy(() -> Config.fromEnv(Map.of("TELEGRAM_WEBHOOK_URL", bad))).as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TELEGRAM_WEBHOOK_URL must be an https:// URL (Telegram refuses plain http for webhooks), "
                            + "was '" + bad + "'");
        }
        assertThat(Config.fromEnv(Map.of("TELEGRAM_WEBHOOK_URL", "https://hotline.example.org/telegram/webhook"))
                .telegramWebhookUrl()).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("hotline.example.org"));
    }

    @Test
    void a_plain_http_webhook_url_is_allowed_on_this_machine_only_for_a_local_fake_bot_api() {
        for (String local : new String[] {"http://127.0.0.1:8443/telegram/webhook", "http://localhost:8443/telegram/webhook",
                "http://[::1]:8443/telegram/webhook"}) {
            assertThat(Config.fromEnv(Map.of("TELEGRAM_WEBHOOK_URL", local)).telegramWebhookUrl()).as(local).isPresent();
        }
        assertThatThrownBy(() -> Config.fromEnv(Map.of("TELEGRAM_WEBHOOK_URL", "http://127.0.0.2/telegram/webhook")))
                .hasMessageStartingWith("TELEGRAM_WEBHOOK_URL must be an https:// URL");
    }

    @Test
    void the_counselor_chat_id_must_be_a_whole_number_like_telegram_group_ids() {
        assertThat(Config.fromEnv(Map.of("HOTLINE_COUNSELOR_CHAT_ID", "-1001234567890")).counselorChatId()).hasValue("-1001234567890");
        assertThat(Config.fromEnv(Map.of("HOTLINE_COUNSELOR_CHAT_ID", " 123456789 ")).counselorChatId()).hasValue("123456789");
        for (String bad : new String[] {"@counselors", "-100 123", "1e9", "-", "+1001234567890", "99999999999999999999", "0", "-0012"}) {
            assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_COUNSELOR_CHAT_ID", bad))).as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("HOTLINE_COUNSELOR_CHAT_ID must be the counselors' Telegram group chat id, a whole number "
                            + "like -1001234567890, was '" + bad + "'");
        }
    }

    @Test
    void an_unknown_mode_lists_the_choices() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("TELEGRAM_MODE", "push"))).hasMessageContaining("[polling, webhook]");
    }

    @Test
    void admin_user_without_password_is_refused() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_ADMIN_USER", "admin")))
                .hasMessage("set both HOTLINE_ADMIN_USER and HOTLINE_ADMIN_PASSWORD, or neither");
    }

    @Test
    void an_admin_name_or_password_the_console_would_refuse_is_refused_at_start_in_one_line() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_ADMIN_USER", "qa", "HOTLINE_ADMIN_PASSWORD", "qa-pass-2026-long")))
                .hasMessage("HOTLINE_ADMIN_USER must be 3-32 letters, digits, '.', '_' or '-', was 'qa'");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", "x".repeat(73))))
                .hasMessage("HOTLINE_ADMIN_PASSWORD must be at most 72 bytes (bcrypt reads no more)");
        assertThat(Config.fromEnv(Map.of("HOTLINE_ADMIN_USER", "qa.16", "HOTLINE_ADMIN_PASSWORD", "x".repeat(72))).adminUser())
                .contains("qa.16");
    }

    @Test
    void office_hours_follow_the_jakarta_clock() {
        Config c = Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", "mon-fri 08:00-16:00"));
        assertThat(c.officeHours().isOpen(Instant.parse("2026-11-24T02:00:00Z"))).isTrue();  // Tue 09:00 WIB
        assertThat(c.officeHours().isOpen(Instant.parse("2026-11-24T10:00:00Z"))).isFalse(); // Tue 17:00 WIB
        assertThat(c.officeHours().isOpen(Instant.parse("2026-11-22T02:00:00Z"))).isFalse(); // Sunday
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", "always"))).hasMessageStartingWith("HOTLINE_OFFICE_HOURS must look like");
    }

    @Test
    void an_overnight_shift_is_on_duty_after_midnight_and_that_part_belongs_to_the_day_it_started() {
        var hours = Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "UTC", "HOTLINE_OFFICE_HOURS", "mon-fri 22:00-02:00")).officeHours();
        assertThat(hours.isOpen(Instant.parse("2026-11-27T23:21:00Z"))).isTrue();  // Friday 23:21
        assertThat(hours.isOpen(Instant.parse("2026-11-28T01:59:00Z"))).isTrue();  // Saturday 01:59: Friday's shift
        assertThat(hours.isOpen(Instant.parse("2026-11-28T02:00:00Z"))).isFalse(); // Saturday 02:00: it ended
        assertThat(hours.isOpen(Instant.parse("2026-11-28T23:00:00Z"))).isFalse(); // Saturday evening: no shift starts
        assertThat(hours.isOpen(Instant.parse("2026-11-29T01:00:00Z"))).isFalse(); // Sunday 01:00: Saturday had none
        assertThat(hours.isOpen(Instant.parse("2026-11-24T01:00:00Z"))).isTrue();  // Tuesday 01:00: Monday's shift
        assertThat(hours.isOpen(Instant.parse("2026-11-23T01:00:00Z"))).isFalse(); // Monday 01:00: Sunday had none
        assertThat(hours.isOpen(Instant.parse("2026-11-24T12:00:00Z"))).isFalse(); // Tuesday noon
    }

    @Test
    void one_day_of_the_week_is_enough_as_in_the_readme() {
        var friday = Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "UTC", "HOTLINE_OFFICE_HOURS", "fri 22:00-02:00")).officeHours();
        assertThat(friday.isOpen(Instant.parse("2026-11-27T23:00:00Z"))).isTrue();  // Friday 23:00
        assertThat(friday.isOpen(Instant.parse("2026-11-28T01:00:00Z"))).isTrue();  // Saturday 01:00: Friday's shift
        assertThat(friday.isOpen(Instant.parse("2026-11-26T23:00:00Z"))).isFalse(); // Thursday 23:00
        var monday = Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "UTC", "HOTLINE_OFFICE_HOURS", "Mon 08:00-16:00")).officeHours();
        assertThat(monday.isOpen(Instant.parse("2026-11-23T09:00:00Z"))).isTrue();
        assertThat(monday.isOpen(Instant.parse("2026-11-24T09:00:00Z"))).isFalse();
    }

    /** Every office-hours example an operator reads in README.md and deploy/env.example is a value the service takes. */
    @Test
    void every_office_hours_example_in_the_docs_parses() throws IOException {
        Path root = TestPaths.knowledgeBase().toAbsolutePath().getParent();
        Pattern example = Pattern.compile("[`\"']((?:mon|tue|wed|thu|fri|sat|sun)(?:-[a-z]{3})? \\d{2}:\\d{2}-\\d{2}:\\d{2})[`\"']");
        List<String> found = new ArrayList<>();
        for (String doc : new String[] {"README.md", "deploy/env.example"}) {
            Matcher m = example.matcher(Files.readString(root.resolve(doc)));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        assertThat(found).contains("fri 22:00-02:00", "mon-fri 08:00-16:00", "mon-sun 00:00-24:00");
        for (String value : found) {
            assertThat(Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", value)).officeHours()).as(value).isNotNull();
        }
    }

    @Test
    void the_reported_every_night_shift_is_on_duty_at_23_21() {
        var hours = Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "UTC", "HOTLINE_OFFICE_HOURS", "mon-sun 22:00-02:00")).officeHours();
        assertThat(hours.isOpen(Instant.parse("2026-11-24T23:21:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-23T00:30:00Z"))).isTrue(); // Monday 00:30: Sunday's shift
        assertThat(hours.isOpen(Instant.parse("2026-11-24T12:00:00Z"))).isFalse();
    }

    @Test
    void a_shift_that_opens_and_closes_at_the_same_time_is_refused_in_one_line() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", "mon-fri 08:00-08:00")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("HOTLINE_OFFICE_HOURS opens and closes at the same time")
                .hasMessageEndingWith("was 'mon-fri 08:00-08:00'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_shift_may_close_at_24_00_the_end_of_its_day() {
        var hours = Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "UTC", "HOTLINE_OFFICE_HOURS", "mon-fri 08:00-24:00")).officeHours();
        assertThat(hours.isOpen(Instant.parse("2026-11-27T23:59:59Z"))).isTrue();  // Friday 23:59:59
        assertThat(hours.isOpen(Instant.parse("2026-11-28T00:00:00Z"))).isFalse(); // Saturday 00:00: the shift ended
        assertThat(hours.isOpen(Instant.parse("2026-11-23T07:59:00Z"))).isFalse(); // Monday 07:59
        assertThat(hours.isOpen(Instant.parse("2026-11-23T08:00:00Z"))).isTrue();  // Monday 08:00
    }

    @Test
    void mon_sun_00_00_to_24_00_is_always_on_duty() {
        var hours = Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", "mon-sun 00:00-24:00")).officeHours();
        for (Instant at = Instant.parse("2026-11-22T00:00:00Z"); at.isBefore(Instant.parse("2026-11-30T00:00:00Z"));
             at = at.plusSeconds(17 * 60)) {
            assertThat(hours.isOpen(at)).as(at.toString()).isTrue();
        }
        var weekdays = Config.fromEnv(Map.of("HOTLINE_TIMEZONE", "UTC", "HOTLINE_OFFICE_HOURS", "mon-fri 00:00-24:00")).officeHours();
        assertThat(weekdays.isOpen(Instant.parse("2026-11-27T23:59:00Z"))).isTrue();  // Friday
        assertThat(weekdays.isOpen(Instant.parse("2026-11-28T12:00:00Z"))).isFalse(); // Saturday
        assertThat(weekdays.isOpen(Instant.parse("2026-11-30T00:00:00Z"))).isTrue();  // Monday 00:00
    }

    @Test
    void an_opening_time_of_24_00_is_refused_in_one_line() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", "mon-fri 24:00-08:00")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("HOTLINE_OFFICE_HOURS cannot open at 24:00, the end of the day; write 00:00 "
                        + "(like 'mon-sun 00:00-24:00'), was 'mon-fri 24:00-08:00'");
        for (String bad : new String[] {"mon-fri 08:00-24:01", "mon-fri 08:00-25:00", "mon-fri 24:30-08:00"}) {
            assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_OFFICE_HOURS", bad))).as(bad)
                    .hasMessage("HOTLINE_OFFICE_HOURS must look like 'mon-fri 08:00-16:00' (or one day: 'sat 09:00-13:00'), was '"
                            + bad + "'");
        }
    }

    @Test
    void the_listening_address_defaults_to_every_interface_and_takes_ip_addresses_only() {
        assertThat(Config.fromEnv(Map.of()).host()).isEqualTo("0.0.0.0");
        assertThat(Config.fromEnv(Map.of("HOTLINE_HOST", "127.0.0.1")).host()).isEqualTo("127.0.0.1");
        assertThat(Config.fromEnv(Map.of("HOTLINE_HOST", " ::1 ")).host()).isEqualTo("::1");
        assertThat(Config.fromEnv(Map.of("HOTLINE_HOST", "::")).host()).isEqualTo("::");
        for (String bad : new String[] {"localhost", "256.0.0.1", "127.0.0", "10.0.0.1:7070", "::g", "http://0.0.0.0", ".:"}) {
            assertThatThrownBy(() -> Config.fromEnv(Map.of("HOTLINE_HOST", bad))).as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("HOTLINE_HOST must be an IP address to listen on, such as 0.0.0.0 (every interface), "
                            + "127.0.0.1 (this machine only, behind nginx) or ::1 (IPv6, this machine only), was '" + bad + "'");
        }
    }

    @Test
    void tests_listen_on_loopback_only() {
        assertThat(Config.forTests(Path.of("h.db"), Path.of("kb"), Map.of()).host()).isEqualTo("127.0.0.1");
    }
}
