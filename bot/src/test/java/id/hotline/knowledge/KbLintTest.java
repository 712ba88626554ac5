package id.hotline.knowledge;

import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class KbLintTest {
    private static final LocalDate TODAY = TestPaths.lintDay();

    @TempDir
    Path dir;

    private static KbLint lint() {
        return new KbLint(KbLint.MIN_EXAMPLES, TODAY);
    }

    @Test
    void the_real_knowledge_base_passes() {
        assertThat(lint().check(KnowledgeBaseLoader.load(TestPaths.knowledgeBase()))).isEmpty();
    }

    private KnowledgeBase edited(String file, String from, String to) throws IOException {
        return edited(file, text -> text.replace(from, to));
    }

    /** A copy of the real knowledge base with {@code file} edited, loaded. */
    private KnowledgeBase edited(String file, UnaryOperator<String> edit) throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Path p = dir.resolve(file);
        Files.writeString(p, edit.apply(Files.readString(p)));
        return KnowledgeBaseLoader.load(dir);
    }

    @Test
    void reports_a_missing_taxonomy_intent() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.delete(dir.resolve("intents/smalltalk.thanks.yaml"));
        Files.writeString(dir.resolve("intents/smalltalk.greeting.yaml"),
                Files.readString(dir.resolve("intents/smalltalk.greeting.yaml")).replace("smalltalk.thanks", "smalltalk.greeting"));
        assertThat(lint().check(KnowledgeBaseLoader.load(dir))).contains(
                "intents/smalltalk.thanks.yaml: smalltalk.thanks: taxonomy intent is missing");
    }

    @Test
    void reports_an_example_shared_by_two_intents() throws IOException {
        KnowledgeBase kb = edited("intents/atensi.access.yaml", "examples:\n", "examples:\n  - apa itu atensi\n");
        assertThat(lint().check(kb)).anyMatch(p -> p.contains("'apa itu atensi' is also an example of atensi.about"));
    }

    @Test
    void reports_a_phone_number_typed_into_an_answer() throws IOException {
        KnowledgeBase kb = edited("intents/atensi.about.yaml", "Command Center Kemensos {{kemensos_171}}", "Command Center Kemensos 171");
        assertThat(lint().check(kb)).anyMatch(p -> p.startsWith("intents/atensi.about.yaml: atensi.about: answer (id) writes the contact number 171"));
    }

    @Test
    void reports_an_old_review_date_and_a_missing_english_answer() throws IOException {
        KnowledgeBase kb = edited("intents/atensi.about.yaml", original -> {
            String text = original.replace("reviewed: 2026-11-24", "reviewed: 2025-01-01");
            return text.substring(0, text.indexOf("  en: |\n    ATENSI")) + text.substring(text.indexOf("suggestions:"));
        });
        assertThat(lint().check(kb))
                .contains("intents/atensi.about.yaml: atensi.about: answer has no 'en' text")
                .contains("intents/atensi.about.yaml: atensi.about: was last reviewed 2025-01-01, more than 12 months ago");
    }

    @Test
    void reports_every_problem_in_one_run_when_a_file_does_not_load() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.writeString(dir.resolve("intents/reint.desmigratif.yaml"), "id: reint.desmigratif\nrisk: [broken\n");
        Files.delete(dir.resolve("intents/tip.report.yaml"));
        Path atensi = dir.resolve("intents/atensi.about.yaml");
        Files.writeString(atensi, Files.readString(atensi).replace("    ATENSI (Asistensi Rehabilitasi Sosial) adalah", "    Hubungi 0812-3456-7890. ATENSI adalah"));
        List<String> problems = lint().findings(KnowledgeBaseLoader.loadReportingAll(dir)).all();
        assertThat(problems)
                .anyMatch(p -> p.startsWith("intents/reint.desmigratif.yaml: line ") && p.contains("not valid YAML"))
                .contains("intents/abroad.complaint.yaml: abroad.complaint: suggestion 'tip.report' is not an intent in intents/",
                        "topics.yaml: luar_negeri: intent 'tip.report' is not in intents/",
                        "intents/tip.report.yaml: tip.report: taxonomy intent is missing",
                        "intents/atensi.about.yaml: atensi.about: answer (id) writes a phone number or web address; "
                                + "use a {{contact}} from contacts.yaml")
                .as("the unreadable file is reported once, not again as missing or as a wrong reference")
                .filteredOn(p -> p.contains("desmigratif")).hasSize(1);
    }

    @Test
    void a_review_older_than_twelve_months_is_a_warning_and_the_rest_are_errors() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Path p = dir.resolve("intents/atensi.about.yaml");
        Files.writeString(p, Files.readString(p).replace("reviewed: 2026-11-24", "reviewed: 2025-01-01")
                .replace("Command Center Kemensos {{kemensos_171}}", "Command Center Kemensos 171"));
        KbLint.Findings found = lint().findings(KnowledgeBaseLoader.load(dir));
        assertThat(found.warnings()).containsExactly(
                "intents/atensi.about.yaml: atensi.about: was last reviewed 2025-01-01, more than 12 months ago");
        assertThat(found.errors()).singleElement().asString().contains("writes the contact number 171");
    }

    @Test
    void reports_too_few_examples() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(TestPaths.knowledgeBase());
        assertThat(new KbLint(1000, TODAY).check(kb)).anyMatch(p -> p.contains("needs at least 1000"));
    }

    @Test
    void reports_a_contact_whose_english_display_shows_another_number() throws IOException {
        KnowledgeBase kb = edited("contacts.yaml", "en: \"call 129 or 021-129, WhatsApp 08111-129-129\"", "en: \"call 129 or 021-129, WhatsApp 08111-129-128\"");
        assertThat(lint().check(kb)).contains("contacts.yaml: sapa129: display shows other numbers in English than in Indonesian");
    }

    @Test
    void a_contact_is_shown_in_the_readers_language() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(TestPaths.knowledgeBase());
        // The free, anonymous web channel comes first: 119 ext 8 was found slow to answer (content review B4).
        assertThat(Placeholders.fill("{{healing119}}", kb.contacts(), id.hotline.domain.Lang.EN))
                .startsWith("healing119.id").contains("extension 8").doesNotContain("ekstensi");
        assertThat(Placeholders.fill("{{healing119}}", kb.contacts(), id.hotline.domain.Lang.ID)).startsWith("healing119.id").contains("ekstensi 8");
        assertThat(Placeholders.fill("{{polri}}", kb.contacts(), id.hotline.domain.Lang.EN)).isEqualTo("110");
    }

    @Test
    void reports_a_message_the_service_shows_that_is_missing_or_has_no_english() throws IOException {
        KnowledgeBase kb = edited("messages.yaml", text -> {
            int at = text.indexOf("counselor_later:\n");
            return (text.substring(0, at) + text.substring(text.indexOf("\n\n", at) + 2))
                    .replace("  en: You have no open case now. Type /konselor if you want to talk to a counselor.\n", "");
        });
        assertThat(lint().check(kb))
                .contains("messages.yaml: counselor_later: is missing; the service shows this text")
                .contains("messages.yaml: status_none: has no 'en' text");
    }

    @Test
    void reports_an_indicator_that_says_a_text_messages_yaml_does_not_have() throws IOException {
        KnowledgeBase kb = edited("indicators.yaml", "says: condolence", "says: condolences");
        assertThat(lint().check(kb)).contains(
                "indicators.yaml: death: says 'condolences', which is not a text in messages.yaml with 'id' and 'en'");
    }

        /** Every messages.yaml key written in the service's code is in UiMessages.REQUIRED (and so checked by kb-lint). */
    @Test
    void the_required_messages_are_the_ones_the_code_uses() throws IOException {
        Set<String> keys = new TreeSet<>(KnowledgeBaseLoader.load(TestPaths.knowledgeBase()).messages().keySet());
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"([a-z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (keys.contains(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(UiMessages.REQUIRED).containsAll(used);
        assertThat(keys).containsAll(UiMessages.REQUIRED);
    }
}
