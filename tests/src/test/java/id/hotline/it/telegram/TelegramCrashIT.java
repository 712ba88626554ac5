package id.hotline.it.telegram;

import id.hotline.it.support.Scratch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.hotline.it.support.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the real service (java -jar) after Telegram was told an update arrived and before the reply was sent;
 * a restart on the same database replies exactly once, and also answers what arrived while it was down.
 */
class TelegramCrashIT {
    private static final String TOKEN = "111222:CRASH-token";
    private final List<Process> processes = new ArrayList<>();
    private FakeBotApi fake;

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (fake != null) {
            fake.close();
        }
    }

    private Process service(Path dir, String name) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of(System.getProperty("hotline.jar")).toAbsolutePath().toString(), "serve");
        pb.environment().put("HOTLINE_PORT", "0");
        pb.environment().put("HOTLINE_DB", dir.resolve("h.db").toString());
        pb.environment().put("HOTLINE_KB", Path.of(System.getProperty("hotline.kb")).toAbsolutePath().toString());
        pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
        pb.environment().put("TELEGRAM_API_URL", fake.url());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private int sendAttempts(long chat) {
        return (int) fake.calls("sendMessage").stream().filter(c -> c.params().path("chat_id").asText().equals(Long.toString(chat))).count();
    }

    @Test
    void a_crash_between_receive_and_send_loses_nothing_and_sends_nothing_twice() throws Exception {
        fake = FakeBotApi.start(TOKEN);
        Path dir = Scratch.dir("telegram-crash-it");
        long chat = 71_001;
        long lateChat = 71_002;
        fake.failNextSends(3, 500, null);
        Process first = service(dir, "first");
        int polls = fake.calls("getUpdates").size();
        Await.until("first process polling", Duration.ofSeconds(60), () -> fake.calls("getUpdates").size() > polls);
        ObjectNode update = Updates.text(chat, "/menu");
        long id = fake.push(update);
        Await.until("update acknowledged and a send attempted", Duration.ofSeconds(20),
                () -> fake.confirmedBelow() > id && sendAttempts(chat) >= 1);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(fake.sent(Long.toString(chat))).as("nothing accepted before the crash").isEmpty();

        fake.push(Updates.text(lateChat, "/privasi"));
        fake.redeliver(update);
        service(dir, "second");
        Await.until("the reply after restart", Duration.ofSeconds(60), () -> fake.sent(Long.toString(chat)).size() >= 1);
        Await.until("the update that came while down", Duration.ofSeconds(20), () -> fake.sent(Long.toString(lateChat)).size() >= 1);
        Thread.sleep(3000);
        assertThat(fake.redelivered()).isEqualTo(1);
        assertThat(fake.sent(Long.toString(chat))).as("exactly one reply to the acknowledged update").hasSize(1);
        assertThat(fake.sent(Long.toString(lateChat))).hasSize(1);
        assertThat(fake.sent(Long.toString(chat)).get(0).params().path("_visible").asText()).contains("Pilih topik");
    }
}
