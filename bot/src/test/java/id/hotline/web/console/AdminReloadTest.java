package id.hotline.web.console;

import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.testing.ConsoleClient;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdminReloadTest {
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

    /** The service on a copy of the knowledge base a test may edit, with an admin account; the copy's folder. */
    private Path startOnACopy() throws Exception {
        Path kb = TestPaths.copyOfKnowledgeBase(dir.resolve("kb"));
        hotline = Hotline.start(Config.forTests(dir.resolve("h.db"), kb,
                Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", PASSWORD)));
        return kb;
    }

    private ConsoleClient admin() throws Exception {
        ConsoleClient admin = new ConsoleClient(hotline.port());
        admin.login("admin", PASSWORD);
        return admin;
    }

    @Test
    void only_an_admin_reloads_and_a_broken_edit_keeps_the_old_content_live() throws Exception {
        Path kb = startOnACopy();
        ConsoleClient anonymous = new ConsoleClient(hotline.port());
        assertThat(anonymous.send("POST", "/api/admin/reload", Map.of(), false).statusCode()).isEqualTo(401);

        ConsoleClient admin = admin();
        assertThat(admin.postWithoutCsrf("/api/admin/reload", Map.of()).statusCode()).isEqualTo(403);
        admin.post("/api/console/accounts", Map.of("username", "sari", "password", "sari-password-1", "role", "counselor"));
        ConsoleClient sari = new ConsoleClient(hotline.port());
        sari.login("sari", "sari-password-1");
        assertThat(sari.post("/api/admin/reload", Map.of()).statusCode()).isEqualTo(403);

        Path file = kb.resolve("intents/atensi.about.yaml");
        Files.writeString(file, Files.readString(file).replace("  id: Apa itu ATENSI", "  id: Tentang ATENSI"));
        var ok = admin.post("/api/admin/reload", Map.of());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"intents\":34");
        assertThat(hotline.brains().get().kb().intents().get("atensi.about").title().get(id.hotline.domain.Lang.ID))
                .isEqualTo("Tentang ATENSI");

        Files.writeString(file, "id: atensi.about\nrisk: [broken");
        var broken = admin.post("/api/admin/reload", Map.of());
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("intents/atensi.about.yaml");
        assertThat(hotline.brains().get().kb().intents()).containsKey("atensi.about");
    }

    @Test
    void a_refused_reload_lists_every_problem_kb_lint_lists_not_only_the_file_that_does_not_load() throws Exception {
        Path kb = startOnACopy();
        ConsoleClient admin = admin();
        Files.writeString(kb.resolve("intents/smalltalk.thanks.yaml"), "id: smalltalk.thanks\nrisk: [broken");
        Path atensi = kb.resolve("intents/atensi.about.yaml");
        Files.writeString(atensi, Files.readString(atensi).replace("    ATENSI (Asistensi Rehabilitasi Sosial) adalah",
                "    Hubungi 0812-3456-7890. ATENSI adalah"));
        Path greeting = kb.resolve("intents/smalltalk.greeting.yaml");
        Files.writeString(greeting, Files.readString(greeting).replace("reviewed: 2026-11-24", "reviewed: 2025-01-01"));

        var refused = admin.post("/api/admin/reload", Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        var body = ConsoleClient.json(refused);
        List<String> problems = new ArrayList<>();
        body.get("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("intents/smalltalk.thanks.yaml: line ");
        assertThat(problems.get(1)).isEqualTo("intents/atensi.about.yaml: atensi.about: answer (id) writes a phone number "
                + "or web address; use a {{contact}} from contacts.yaml");
        assertThat(problems.get(2)).startsWith("intents/smalltalk.greeting.yaml: smalltalk.greeting: was last reviewed 2025-01-01");
        assertThat(body.get("error").asText()).as("one language, the console's")
                .isEqualTo("konten baru ditolak, konten lama tetap dipakai: kb-lint menemukan 3 masalah; perbaiki semuanya, "
                        + "daftarnya ada di 'problems'");
        assertThat(hotline.brains().get().kb().intents().get("atensi.about").answer().get(id.hotline.domain.Lang.ID))
                .doesNotContain("0812");
    }
}
