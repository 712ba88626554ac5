package id.hotline.dialog;

import id.hotline.domain.Lang;
import id.hotline.knowledge.KbLint;
import id.hotline.knowledge.KnowledgeBaseException;
import id.hotline.testing.ScriptedNlu;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reload decision: new content goes live only when it loads and kb-lint finds no error; reviews due never block. */
class BrainHolderTest {
    private static final LocalDate TODAY = TestPaths.lintDay();
    @TempDir
    Path dir;
    BrainHolder brains;

    @BeforeEach
    void start() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        brains = holder();
    }

    private BrainHolder holder() {
        return new BrainHolder(dir, kb -> new ScriptedNlu(), kb -> new KbLint(KbLint.MIN_EXAMPLES, TODAY).findings(kb));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    private String atensiAnswer() {
        return brains.get().kb().intents().get("atensi.about").answer().get(Lang.ID);
    }

    @Test
    void a_clean_edit_goes_live_without_warnings() throws IOException {
        edit("intents/atensi.about.yaml", "Command Center Kemensos {{kemensos_171}}", "Command Center Kemensos ({{kemensos_171}})");
        BrainHolder.Reloaded r = brains.reload();
        assertThat(r.warnings()).isEmpty();
        assertThat(atensiAnswer()).contains("({{kemensos_171}})");
    }

    @Test
    void a_missing_taxonomy_intent_and_a_typed_phone_number_keep_the_old_content_live() throws IOException {
        Files.delete(dir.resolve("intents/smalltalk.thanks.yaml"));
        edit("intents/atensi.about.yaml", "    ATENSI (Asistensi Rehabilitasi Sosial) adalah", "    Hubungi 0812-3456-7890. ATENSI adalah");
        KnowledgeBaseException refused = catchThrowableOfType(KnowledgeBaseException.class, () -> brains.reload());
        assertThat(refused.problems()).containsExactly(
                "intents/smalltalk.thanks.yaml: smalltalk.thanks: taxonomy intent is missing",
                "intents/atensi.about.yaml: atensi.about: answer (id) writes a phone number or web address; use a {{contact}} from contacts.yaml");
        assertThat(refused.getMessage()).startsWith("kb-lint finds 2 problem(s), the first: intents/smalltalk.thanks.yaml");
        assertThat(brains.get().kb().intents()).containsKey("smalltalk.thanks");
        assertThat(atensiAnswer()).doesNotContain("0812");
    }

    @Test
    void a_review_older_than_twelve_months_does_not_block_an_urgent_fix_and_is_a_warning() throws IOException {
        edit("intents/smalltalk.greeting.yaml", "reviewed: 2026-11-24", "reviewed: 2025-01-01");
        edit("intents/atensi.about.yaml", "Command Center Kemensos {{kemensos_171}}", "Command Center Kemensos ({{kemensos_171}})");
        BrainHolder.Reloaded r = brains.reload();
        assertThat(r.warnings()).containsExactly(
                "intents/smalltalk.greeting.yaml: smalltalk.greeting: was last reviewed 2025-01-01, more than 12 months ago");
        assertThat(atensiAnswer()).contains("({{kemensos_171}})");
        assertThat(brains.get()).isSameAs(r.brain());
    }

    @Test
    void content_that_does_not_load_is_refused_with_its_one_problem() throws IOException {
        Files.writeString(dir.resolve("intents/atensi.about.yaml"), "id: atensi.about\nrisk: [broken");
        KnowledgeBaseException refused = catchThrowableOfType(KnowledgeBaseException.class, () -> brains.reload());
        assertThat(refused.problems()).singleElement().asString().startsWith("intents/atensi.about.yaml: line ");
        assertThat(atensiAnswer()).contains("ATENSI");
    }

    @Test
    void the_service_starts_on_content_with_kb_lint_errors_but_not_on_content_that_does_not_load() throws IOException {
        Files.delete(dir.resolve("intents/smalltalk.thanks.yaml"));
        assertThat(holder().get().kb().intents()).doesNotContainKey("smalltalk.thanks");
        Files.writeString(dir.resolve("slang.yaml"), "- not a mapping\n");
        assertThatThrownBy(this::holder).isInstanceOf(KnowledgeBaseException.class).hasMessageStartingWith("slang.yaml");
    }
}
