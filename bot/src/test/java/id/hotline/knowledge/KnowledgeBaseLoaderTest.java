package id.hotline.knowledge;

import id.hotline.domain.Lang;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeBaseLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loads_the_real_knowledge_base_with_every_taxonomy_intent() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(TestPaths.knowledgeBase());
        assertThat(kb.intents().keySet()).containsAll(kb.taxonomy().keySet());
        assertThat(kb.taxonomy()).hasSize(34);
        assertThat(kb.emergencyContacts(false, false).get(0).key()).isEqualTo("polri");
    }

    @Test
    void fills_contact_placeholders_from_the_contacts_file() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(TestPaths.knowledgeBase());
        String filled = Placeholders.fill("hubungi {{polri}} atau {{kp2mi_call_center}}", kb.contacts(), Lang.ID);
        assertThat(filled).isEqualTo("hubungi 110 atau 0800-1000");
    }

    @Test
    void a_knowledge_base_path_that_is_a_file_or_missing_is_said_plainly() throws IOException {
        Path file = Files.writeString(dir.resolve("README.md"), "not a folder");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(file)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("the knowledge base " + file + " is not a folder; set HOTLINE_KB (the command-line tools: --kb) "
                        + "to the knowledge-base folder");
        Path missing = dir.resolve("no-such-folder");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(missing)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("the knowledge base " + missing + " does not exist; set HOTLINE_KB (the command-line tools: --kb) "
                        + "to the knowledge-base folder");
    }

    private Path broken(String file, String from, String to) throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
        return dir;
    }

    @Test
    void a_yaml_syntax_error_names_the_file_and_line_in_one_line() throws IOException {
        Path kb = broken("intents/atensi.access.yaml", "risk: none", "risk: none\n  bad: [unclosed");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(kb))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("intents/atensi.access.yaml: line ")
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void loading_for_kb_lint_collects_one_problem_per_broken_file_and_keeps_the_rest() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.writeString(dir.resolve("contacts.yaml"), "polri: [unclosed\n");
        Files.writeString(dir.resolve("intents/atensi.access.yaml"), "id: atensi.access\nrisk: sometimes\n");
        Files.writeString(dir.resolve("slang.yaml"), "- not a mapping\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).hasMessageStartingWith("contacts.yaml: line ");

        KnowledgeBaseLoader.Partial all = KnowledgeBaseLoader.loadReportingAll(dir);
        assertThat(all.problems()).hasSize(3);
        assertThat(all.problems().get(0)).startsWith("contacts.yaml: line ");
        assertThat(all.problems().get(1)).startsWith("intents/atensi.access.yaml: atensi.access: ");
        assertThat(all.problems().get(2)).startsWith("slang.yaml: (file): must be a YAML mapping");
        assertThat(all.unreadIntents()).containsExactly("atensi.access");
        assertThat(all.kb().intents()).hasSize(33).containsKey("atensi.about");
        assertThat(all.kb().menu()).isNotEmpty();
        assertThat(all.kb().taxonomy()).hasSize(34);
    }

    @Test
    void a_missing_folder_is_one_problem_for_kb_lint_too() {
        assertThat(KnowledgeBaseLoader.loadReportingAll(dir.resolve("nowhere")).problems())
                .singleElement().asString().contains("does not exist; set HOTLINE_KB");
    }

    @Test
    void an_answer_may_name_only_values_the_service_fills_in() throws IOException {
        Path kb = broken("intents/privacy.delete.yaml", "{bot_only_days} hari tanpa", "{hari_simpan} hari tanpa");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(kb)).hasMessage("intents/privacy.delete.yaml: privacy.delete: "
                + "answer uses {hari_simpan}, which the service does not fill in; it knows bot_only_days, closed_case_days");
        assertThat(Placeholders.fillValues("{{polri}} {x} {bot_only_days} hari", Map.of("bot_only_days", "30")))
                .isEqualTo("{{polri}} {x} 30 hari");
    }

    @Test
    void a_contact_says_where_its_callers_must_be_in_known_words_only() throws IOException {
        KnowledgeBase kb = KnowledgeBaseLoader.load(TestPaths.knowledgeBase());
        assertThat(kb.emergencyContacts(true, false)).extracting(Contact::key)
                .startsWith("kemlu_hotline", "kp2mi_abroad").endsWith("polri", "kp2mi_call_center");
        Path broken = broken("contacts.yaml", "callers: abroad", "callers: luar negeri");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(broken)).hasMessageContaining("contacts.yaml")
                .hasMessageContaining("'callers' must be indonesia or abroad (or left out: anywhere), was 'luar negeri'");
    }

    @Test
    void the_line_for_children_comes_first_for_a_child_among_the_lines_the_caller_can_use() throws IOException {
        KnowledgeBase kb = KnowledgeBaseLoader.load(TestPaths.knowledgeBase());
        assertThat(kb.emergencyContacts(false, true)).extracting(Contact::key).startsWith("sapa129", "polri");
        assertThat(kb.emergencyContacts(true, true)).extracting(Contact::key)
                .startsWith("kemlu_hotline", "kp2mi_abroad", "sapa129").endsWith("polri", "kp2mi_call_center");
        assertThat(kb.emergencyContacts(false, false)).extracting(Contact::key).first().isEqualTo("polri");
    }

    @Test
    void an_indicator_that_raises_a_case_must_be_no_sign_alone() throws IOException {
        Path wrongRisk = broken("indicators.yaml", "minor:\n  risk: none", "minor:\n  risk: offer");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(wrongRisk)).hasMessageContaining("indicators.yaml")
                .hasMessageContaining("minor").hasMessageContaining("raises needs risk: none");
    }

    @Test
    void an_indicator_raises_a_case_to_a_level_that_opens_one() throws IOException {
        Path wrongLevel = broken("indicators.yaml", "raises: emergency", "raises: offer");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(wrongLevel)).hasMessageContaining("raises needs risk: none");
    }

    @Test
    void an_unknown_contact_key_names_the_intent() throws IOException {
        Path kb = broken("intents/atensi.about.yaml", "{{kemensos_171}}", "{{kemensos_999}}");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(kb))
                .hasMessage("intents/atensi.about.yaml: atensi.about: answer uses {{kemensos_999}} but contacts.yaml has no 'kemensos_999'");
    }

    @Test
    void names_yaml_is_read_and_optional_and_its_mistakes_are_named() throws IOException {
        assertThat(KnowledgeBaseLoader.load(TestPaths.knowledgeBase()).names())
                .anySatisfy(n -> assertThat(n.words()).contains("atensi"));
        Path kb = broken("names.yaml", "intents: [atensi.about,", "intents: [atensi.abuot,");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(kb))
                .hasMessage("names.yaml: atensi: intent 'atensi.abuot' is not in intents/");
        Files.writeString(dir.resolve("names.yaml"), "atensi:\n  words: [embassy]\n  intents: [abroad.embassy]\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessage("names.yaml: atensi: word 'embassy' is never seen: slang.yaml turns it into 'kbri'; write that instead");
        Files.writeString(dir.resolve("names.yaml"), "atensi:\n  words: [A-TENSI]\n  intents: [atensi.access]\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).hasMessageContaining("'A-TENSI' must be letters and digits");
        Files.delete(dir.resolve("names.yaml"));
        assertThat(KnowledgeBaseLoader.load(dir).names()).isEmpty();
    }

    @Test
    void an_unknown_risk_level_is_refused() throws IOException {
        Path kb = broken("intents/atensi.about.yaml", "risk: none", "risk: maybe");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(kb)).hasMessageContaining("atensi.about: unknown risk 'maybe'");
    }

    @Test
    void a_suggestion_to_a_missing_intent_is_refused() throws IOException {
        Path kb = broken("intents/atensi.about.yaml", "suggestions: [atensi.access", "suggestions: [atensi.nothing");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(kb)).hasMessageContaining("suggestion 'atensi.nothing' is not an intent");
    }

    @Test
    void a_file_whose_name_differs_from_its_id_is_refused() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.move(dir.resolve("intents/atensi.about.yaml"), dir.resolve("intents/atensi.apa.yaml"));
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).hasMessageContaining("file name must be atensi.about.yaml");
    }

    @Test
    void a_broken_indicator_pattern_is_refused() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.writeString(dir.resolve("indicators.yaml"), "x:\n  risk: escalate\n  patterns: [\"(unclosed\"]\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessageStartingWith("indicators.yaml: x: pattern '(unclosed' is not a valid regular expression");
    }

    @Test
    void a_pattern_uses_a_named_phrase_as_a_group_and_an_unknown_or_broken_phrase_is_named() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.writeString(dir.resolve("indicators.yaml"), "phrases:\n  why: 'buat (urus|stempel) visa'\n"
                + "x:\n  risk: escalate\n  patterns: ['paspor dibawa agen(?! {why}) .{0,3}']\n");
        Indicator x = KnowledgeBaseLoader.load(dir).indicators().get(0);
        assertThat(x.patterns()).containsExactly("paspor dibawa agen(?! (?:buat (urus|stempel) visa)) .{0,3}");
        Files.writeString(dir.resolve("indicators.yaml"), "x:\n  risk: escalate\n  patterns: ['paspor {why}']\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessageStartingWith("indicators.yaml: x: pattern uses {why}, which is not under phrases");
        Files.writeString(dir.resolve("indicators.yaml"), "phrases:\n  why: '(buat'\nx:\n  risk: escalate\n  patterns: [a]\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessageStartingWith("indicators.yaml: phrases: phrase why '(buat' is not a valid regular expression");
    }

    @Test
    void a_general_talk_entry_may_use_a_named_phrase_and_an_unknown_one_is_named() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        String general = "general_talk:\n  markers: [contoh]\n  persons: [saya]\n  past: [dulu]\n  over: [sudah pulang]\n"
                + "  feared: [takut nanti]\n  already: ['masih(?! {feel})']\n";
        Files.writeString(dir.resolve("indicators.yaml"), general);
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessageStartingWith("indicators.yaml: general_talk: pattern uses {feel}, which is not under phrases");
        Files.writeString(dir.resolve("indicators.yaml"), "phrases:\n  feel: 'takut|trauma'\n" + general);
        assertThat(KnowledgeBaseLoader.load(dir).indicators()).isEmpty();
    }

    @Test
    void wins_over_names_known_intents_and_needs_an_intent_to_win_with() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.writeString(dir.resolve("indicators.yaml"),
                "x:\n  risk: escalate\n  intents: [tip.violence]\n  wins_over: [tip.confinement]\n  patterns: [dipukul]\n");
        assertThat(KnowledgeBaseLoader.load(dir).indicators().get(0).winsOver()).containsExactly("tip.confinement");
        Files.writeString(dir.resolve("indicators.yaml"),
                "x:\n  risk: escalate\n  intents: [tip.violence]\n  wins_over: [tip.nope]\n  patterns: [dipukul]\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessageStartingWith("indicators.yaml: x: intent 'tip.nope' is not in intents/");
        Files.writeString(dir.resolve("indicators.yaml"), "x:\n  risk: escalate\n  wins_over: [tip.confinement]\n  patterns: [dipukul]\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).hasMessageContaining("wins_over needs intents:");
    }

    @Test
    void a_guard_needs_the_general_talk_entry_and_then_is_attached_to_its_indicator() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        Files.writeString(dir.resolve("indicators.yaml"), "x:\n  risk: escalate\n  guard: general_talk\n  patterns: [ditahan]\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessageStartingWith("indicators.yaml: x: guard must be 'general_talk', with a general_talk entry in the file");
        Files.writeString(dir.resolve("indicators.yaml"), "general_talk:\n  markers: [ciri ciri]\n  persons: [saya]\n"
                + "x:\n  risk: escalate\n  guard: general_talk\n  patterns: [ditahan]\ny:\n  risk: escalate\n  patterns: [dipukul]\n");
        KnowledgeBase kb = KnowledgeBaseLoader.load(dir);
        assertThat(kb.indicators()).extracting(Indicator::id).containsExactly("x", "y");
        assertThat(kb.indicators().get(0).general().isGeneral("ciri ciri tppo paspor ditahan", 22)).isTrue();
        assertThat(kb.indicators().get(1).general()).isNull();
    }

    @Test
    void the_optional_general_talk_lists_are_read_and_a_broken_one_is_named() throws IOException {
        TestPaths.copyOfKnowledgeBase(dir);
        String head = "general_talk:\n  markers: [ciri ciri]\n  persons: [saya]\n  markers_after: [termasuk tppo]\n"
                + "  past: [dulu]\n  questions: [apa]\n";
        String indicator = "x:\n  risk: escalate\n  guard: general_talk\n  patterns: [ditahan]\n";
        Files.writeString(dir.resolve("indicators.yaml"), head + "  over: [sudah pulang]\n  offered: [ditawari]\n"
                + "  there: [sekarang]\n  feared: [takut nanti]\n  already: [lagi]\n" + indicator);
        GeneralTalk general = KnowledgeBaseLoader.load(dir).indicators().get(0).general();
        assertThat(general.isOfferNotTaken("teman ditawari kerja di kamboja aman tidak")).isTrue();
        assertThat(general.isOfferNotTaken("teman ditawari kerja di kamboja sekarang di sana")).isFalse();
        assertThat(general.isGeneral("paspor ditahan itu termasuk tppo", 0)).isTrue();
        assertThat(general.isGeneral("dulu paspor ditahan sekarang sudah pulang", 5)).isTrue();
        assertThat(general.isGeneral("dulu paspor ditahan sampai sekarang", 5)).isFalse();
        assertThat(general.isGeneral("apa itu tppo ciri ciri paspor ditahan")).isTrue();
        assertThat(general.isGeneral("ciri ciri paspor saya ditahan apa")).isFalse();
        assertThat(general.isFeared("saya takut nanti paspor saya ditahan", 17)).isTrue();
        assertThat(general.isFeared("saya takut nanti ditahan lagi", 17)).isFalse();
        assertThat(general.isFeared("saya takut paspor saya ditahan", 11)).isFalse();
        assertGeneralTalkRefused(head + "  feared: [takut nanti]\n" + indicator, "both feared and already");
        assertGeneralTalkRefused(head + "  over: ['(sudah pulang']\n" + indicator, "(sudah pulang");
        assertGeneralTalkRefused(head + "  offered: [ditawari]\n" + indicator, "both offered and there");
        assertGeneralTalkRefused(head + "  offered: ['(ditawari']\n  there: [sekarang]\n" + indicator, "(ditawari");
    }

    /** The knowledge base with this indicators.yaml does not load, and the error names general_talk and the problem. */
    private void assertGeneralTalkRefused(String indicatorsYaml, String problem) throws IOException {
        Files.writeString(dir.resolve("indicators.yaml"), indicatorsYaml);
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir))
                .hasMessageStartingWith("indicators.yaml: general_talk:").hasMessageContaining(problem);
    }

    @Test
    void a_missing_folder_says_which_variable_to_set() {
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir.resolve("nope"))).hasMessageContaining("set HOTLINE_KB (the command-line tools: --kb)");
    }
}
