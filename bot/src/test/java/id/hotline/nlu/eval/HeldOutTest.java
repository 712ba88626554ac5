package id.hotline.nlu.eval;

import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.nlu.NluResources;
import id.hotline.nlu.NluSettings;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The targets for the development set, held on the blind test sets kept in eval/heldout: written by people
 * who never saw the knowledge base, so an edit that makes the bot miss cases or misread topics fails the build.
 */
class HeldOutTest {
    private static NluResources resources;

    @BeforeAll
    static void load() throws IOException {
        resources = NluResources.of(KnowledgeBaseLoader.load(TestPaths.knowledgeBase()));
    }

    static Stream<Path> sets() throws IOException {
        try (Stream<Path> files = Files.list(TestPaths.heldOut())) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
            assertThat(found).isNotEmpty();
            return found.stream();
        }
    }

    /** The shared development set: measured with, never trained on; a count only, its lines are not read here. */
    @Test
    void no_example_is_a_line_of_the_development_set() throws IOException {
        Path dev = TestPaths.knowledgeBase().toAbsolutePath().normalize().getParent().resolveSibling("shared").resolve("eval/dev.jsonl");
        assumeTrue(Files.isRegularFile(dev), "no ../shared/eval/dev.jsonl beside the project");
        assertThat(Evaluation.alsoInTraining(resources.examples(), LabelledDataReader.read(dev))).isZero();
    }

    @ParameterizedTest
    @MethodSource("sets")
    void the_knowledge_base_meets_the_targets_on_a_blind_test(Path file) throws IOException {
        List<EvalExample> lines = LabelledDataReader.read(file);
        Evaluation e = Evaluation.holdOut(resources, NluSettings.DEFAULT, lines);
        Evaluation.Rate recall = e.escalationRecall().orElseThrow();
        Evaluation.Rate falseEscalation = e.falseEscalation().orElseThrow();
        assertThat(recall.value()).as("escalation recall %s", recall).isGreaterThanOrEqualTo(0.98);
        assertThat(falseEscalation.value()).as("false escalation %s", falseEscalation).isLessThanOrEqualTo(0.05);
        assertThat(e.metrics().accuracy()).as("intent accuracy").isGreaterThanOrEqualTo(0.88);
        assertThat(Evaluation.alsoInTraining(resources.examples(), lines)).as("test lines that are also examples").isZero();
    }
}
