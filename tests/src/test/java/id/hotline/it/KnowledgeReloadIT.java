package id.hotline.it;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.it.support.ConsoleAdminApi;
import id.hotline.it.support.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/admin/reload runs kb-lint's checks: content kb-lint rejects (a taxonomy intent deleted, a phone number typed
 * into an answer) is refused with 422 and every problem, and the old answers stay live; a review that is due does not
 * block a reload and comes back as a warning.
 */
@Timeout(120)
class KnowledgeReloadIT {
    static final String PASSWORD = "admin-password-1";
    static final String TYPED_NUMBER = "Hubungi 0812-3456-7890.";
    @TempDir
    Path dir;

    @Test
    void a_reload_refuses_what_kb_lint_rejects_and_accepts_a_review_that_is_due_with_a_warning() throws Exception {
        Path kb = Services.copyOfKnowledgeBase(dir.resolve("kb"));
        try (Hotline hotline = Hotline.start(Config.forTests(dir.resolve("h.db"), kb,
                Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", PASSWORD)))) {
            ConsoleAdminApi admin = new ConsoleAdminApi("http://127.0.0.1:" + hotline.port()).login("admin", PASSWORD);
            Path thanks = kb.resolve("intents/smalltalk.thanks.yaml");
            byte[] thanksFile = Files.readAllBytes(thanks);
            Path atensi = kb.resolve("intents/atensi.about.yaml");
            String atensiFile = Files.readString(atensi);
            Files.delete(thanks);
            Files.writeString(atensi, atensiFile.replace("    ATENSI (Asistensi Rehabilitasi Sosial) adalah",
                    "    " + TYPED_NUMBER + " ATENSI adalah"));

            JsonNode refused = admin.post("/api/admin/reload", Map.of(), 422);
            assertThat(refused.path("error").asText()).startsWith("konten baru ditolak, konten lama tetap dipakai: kb-lint menemukan 2 masalah");
            assertThat(texts(refused.path("problems"))).containsExactly(
                    "intents/smalltalk.thanks.yaml: smalltalk.thanks: taxonomy intent is missing",
                    "intents/atensi.about.yaml: atensi.about: answer (id) writes a phone number or web address; "
                            + "use a {{contact}} from contacts.yaml");
            assertThat(admin.chat("s" + System.nanoTime(), "apa itu atensi?").path("reply").asText())
                    .as("the old answer stays live").contains("ATENSI").doesNotContain("0812");
            assertThat(hotline.brains().get().kb().intents()).containsKey("smalltalk.thanks");

            Files.write(thanks, thanksFile);
            String due = LocalDate.now().minusMonths(13).toString();
            Files.writeString(atensi, atensiFile.replaceFirst("reviewed: \\d{4}-\\d{2}-\\d{2}", "reviewed: " + due)
                    .replace("Command Center Kemensos {{kemensos_171}}", "Command Center Kemensos ({{kemensos_171}})"));
            JsonNode reloaded = admin.post("/api/admin/reload", Map.of(), 200);
            assertThat(reloaded.path("status").asText()).isEqualTo("reloaded");
            assertThat(reloaded.path("intents").asInt()).isEqualTo(34);
            assertThat(texts(reloaded.path("warnings"))).contains(
                    "intents/atensi.about.yaml: atensi.about: was last reviewed " + due + ", more than 12 months ago");
            assertThat(admin.chat("s" + System.nanoTime(), "apa itu atensi?").path("reply").asText())
                    .as("the urgent fix is live").contains("Command Center Kemensos (");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
