package id.hotline.fuzz;

import id.hotline.it.support.Services;
import id.hotline.knowledge.KbLint;
import id.hotline.knowledge.KnowledgeBaseException;
import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Damaged knowledge-base files (fixed seed, bounded): the loader either loads or stops with one
 * KnowledgeBaseException naming the file; never another exception, a hang or a stack overflow. kb-lint, which loads
 * past a problem, meets the same damage without another exception and reports the same problem first.
 */
class KnowledgeBaseFuzzIT {
    private static final long SEED = 424_242L;
    private static final int ROUNDS = 150;
    private static final KbLint LINT = new KbLint(KbLint.MIN_EXAMPLES, TestPaths.lintDay());
    @TempDir
    Path dir;

    @Test
    void damaged_yaml_files_either_load_or_fail_with_a_knowledge_base_error_naming_the_file() throws Exception {
        Path kb = Services.copyOfKnowledgeBase(dir.resolve("kb"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(kb)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        KnowledgeBaseLoader.load(kb);
        HostileInput in = new HostileInput(SEED);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path file = files.get(in.nextInt(files.size()));
            byte[] original = Files.readAllBytes(file);
            String how = mutate(in, file, original);
            String firstProblem = null;
            try {
                KnowledgeBaseLoader.load(kb);
            } catch (KnowledgeBaseException e) {
                refused++;
                firstProblem = e.getMessage();
                assertThat(e.getMessage()).as("round " + round + " " + how).isNotBlank().doesNotContain("\n\tat ");
            } catch (Throwable t) {
                fail("round " + round + ": " + kb.relativize(file) + " " + how + " -> " + t, t);
            }
            try {
                // kb-lint goes on past a problem: the same damage, never another exception, and the same first problem
                List<String> errors = LINT.findings(KnowledgeBaseLoader.loadReportingAll(kb)).errors();
                if (firstProblem != null) {
                    assertThat(errors).as("round " + round + " " + how).first().isEqualTo(firstProblem);
                }
            } catch (Throwable t) {
                fail("kb-lint, round " + round + ": " + kb.relativize(file) + " " + how + " -> " + t, t);
            } finally {
                Files.write(file, original);
            }
        }
        assertThat(refused).as("most damage is detected").isGreaterThan(ROUNDS / 3);
    }

    private static String mutate(HostileInput in, Path file, byte[] original) throws IOException {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = in.nextInt(Math.max(1, lines.size()));
        switch (in.nextInt(8)) {
            case 0 -> {
                Files.write(file, java.util.Arrays.copyOf(original, in.nextInt(Math.max(1, original.length))));
                return "truncated";
            }
            case 1 -> {
                byte[] b = original.clone();
                for (int i = 0; i < 1 + in.nextInt(20); i++) {
                    b[in.nextInt(b.length)] = (byte) (0x80 + in.nextInt(0x80));
                }
                Files.write(file, b);
                return "invalid utf-8 bytes";
            }
            case 2 -> lines.set(at, lines.get(at).replaceAll(":\\s.*", java.util.regex.Matcher.quoteReplacement(
                    ": " + quote(HostileInput.STRINGS.get(in.nextInt(HostileInput.STRINGS.size()))))));
            case 3 -> lines.add(at, "deep: " + "[".repeat(20_000) + "]".repeat(20_000));
            case 4 -> lines.add(at, "big: " + "z".repeat(2_000_000));
            case 5 -> lines.set(at, "\t" + lines.get(at) + " : : - [");
            case 6 -> lines.add(at, lines.get(at));
            default -> lines.set(at, in.randomUnicode(40));
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
        return "line " + at + " edited";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\0") + "\"";
    }
}
