package id.hotline.cli;

import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KbLintCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_yaml_error_hides_no_other_problem_and_the_exit_code_is_1() throws Exception {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.writeString(dir.resolve("intents/reint.desmigratif.yaml"), "id: reint.desmigratif\nrisk: [broken\n");
        Files.delete(dir.resolve("intents/smalltalk.thanks.yaml"));
        Path atensi = dir.resolve("intents/atensi.about.yaml");
        Files.writeString(atensi, Files.readString(atensi).replace("reviewed: 2026-11-24", "reviewed: 2025-01-01"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new KbLintCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("--kb", dir.toString(), "--today", TestPaths.lintDay().toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(3)
                .anyMatch(l -> l.startsWith("intents/reint.desmigratif.yaml: line 2: not valid YAML"))
                .contains("intents/smalltalk.thanks.yaml: smalltalk.thanks: taxonomy intent is missing",
                        "intents/atensi.about.yaml: atensi.about: was last reviewed 2025-01-01, more than 12 months ago");
        assertThat(err.toString().strip()).isEqualTo("kb-lint: 3 problem(s), of which 1 review(s) due: a reload still accepts those");
    }

    @Test
    void the_real_knowledge_base_is_ok() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new KbLintCommand()).setOut(new PrintWriter(out))
                .execute("--kb", TestPaths.knowledgeBase().toString(), "--today", TestPaths.lintDay().toString());
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("kb-lint: ok (34 intents, ");
    }
}
