package id.hotline.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {
    @Test
    void masks_indonesian_and_international_phone_numbers() {
        assertThat(PersonalData.mask("call +62 812-3456-7890 now")).isEqualTo("call [phone] now");
        assertThat(PersonalData.mask("nomor 081234567890.")).isEqualTo("nomor [phone].");
        assertThat(PersonalData.mask("HK: +852 5123 4567")).isEqualTo("HK: [phone]");
        assertThat(PersonalData.mask("(021) 555 1234 kantor")).isEqualTo("[phone] kantor");
    }

    @Test
    void masks_emails_passport_numbers_and_telegram_handles() {
        assertThat(PersonalData.mask("mail siti.aminah@gmail.com ok")).isEqualTo("mail [email] ok");
        assertThat(PersonalData.mask("paspor A1234567 ditahan")).isEqualTo("paspor [document] ditahan");
        assertThat(PersonalData.mask("paspor XB123456")).isEqualTo("paspor [document]");
        assertThat(PersonalData.mask("chat @siti_aminah99 please")).isEqualTo("chat [handle] please");
        assertThat(PersonalData.mask("telegram chat 5551237770 failed")).isEqualTo("telegram chat [phone] failed");
    }

    @Test
    void leaves_ids_counts_and_durations_alone() {
        String line = "conversation 4711: message 88231 answered in 12 ms (intent wage_theft, 34 intents, v2.3.1)";
        assertThat(PersonalData.mask(line)).isEqualTo(line);
        assertThat(PersonalData.mask("started at 2026-01-05T10:00:00Z on port 7070")).isEqualTo("started at 2026-01-05T10:00:00Z on port 7070");
    }

    @Test
    void leaves_iso_dates_alone_but_still_masks_phone_numbers_next_to_them() {
        String warning = "kb-lint warns: intents/atensi.about.yaml: atensi.about: was last reviewed 2025-01-01, more than 12 months ago";
        assertThat(PersonalData.mask(warning)).isEqualTo(warning);
        assertThat(PersonalData.mask("reviewed 2025-12-31 and 1999-01-09.")).isEqualTo("reviewed 2025-12-31 and 1999-01-09.");
        assertThat(PersonalData.mask("on 2026-11-25 call 0812-3456-7890")).isEqualTo("on 2026-11-25 call [phone]");
        assertThat(PersonalData.mask("nomor 2025-1234-5678")).as("not a date: a phone number").isEqualTo("nomor [phone]");
        assertThat(PersonalData.mask("nomor 0812-12-1234")).isEqualTo("nomor [phone]");
    }

    @Test
    void the_configured_log_pattern_masks_messages_and_exception_texts() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        var stdout = (ConsoleAppender<ILoggingEvent>) ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        ListAppender<ILoggingEvent> list = new ListAppender<>();
        list.setContext(ctx);
        list.start();
        Logger log = ctx.getLogger("masking-test");
        log.addAppender(list);
        log.setAdditive(false);

        log.warn("delivery to {} failed", "+62 812 3456 7890", new IllegalStateException("user @budi_santoso blocked"));

        String out = new String(stdout.getEncoder().encode(list.list.get(0)), StandardCharsets.UTF_8);
        assertThat(out).contains("delivery to [phone] failed").contains("user [handle] blocked")
                .doesNotContain("3456").doesNotContain("budi_santoso");
    }
}
