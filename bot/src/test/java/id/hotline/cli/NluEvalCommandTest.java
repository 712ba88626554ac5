package id.hotline.cli;

import id.hotline.nlu.KbFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NluEvalCommandTest {
    private static final String TRAIN = """
            text,label
            "makanannya enak, murah",positive
            pelayanan ramah dan cepat,positive
            tempatnya bersih nyaman,positive
            sangat puas dengan hasilnya,positive
            makanannya basi dan mahal,negative
            pelayanan lambat dan kasar,negative
            tempatnya kotor sekali,negative
            sangat kecewa dengan hasilnya,negative
            """;
    private static final String TEST = """
            {"text": "enak dan ramah", "label": "positive"}
            {"text": "kotor dan kasar", "intent": "negative"}
            """;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new NluEvalCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        int code = cmd.execute(args);
        String[] lines = out.toString().strip().split("\n");
        assertThat(code).as(out.toString()).isZero();
        return lines;
    }

    @Test
    void ends_a_train_test_run_with_the_summary_line(@TempDir Path dir) throws Exception {
        Path train = Files.writeString(dir.resolve("train.csv"), TRAIN);
        Path test = Files.writeString(dir.resolve("test.jsonl"), TEST);
        String[] lines = run("--kb", dir.resolve("no-kb").toString(), "--train", train.toString(), "--test", test.toString());
        assertThat(lines[lines.length - 1]).matches("accuracy=\\d\\.\\d{4} macro_f1=\\d\\.\\d{4}");
    }

    @Test
    void warns_when_test_lines_are_also_training_examples(@TempDir Path dir) throws Exception {
        Path train = Files.writeString(dir.resolve("train.csv"), TRAIN);
        Path clean = Files.writeString(dir.resolve("clean.jsonl"), TEST);
        Path leaked = Files.writeString(dir.resolve("leaked.jsonl"), TEST
                + "{\"text\": \"Tempatnya  KOTOR sekali!\", \"label\": \"negative\"}\n");
        String kb = dir.resolve("no-kb").toString();
        assertThat(String.join("\n", run("--kb", kb, "--train", train.toString(), "--test", clean.toString())))
                .doesNotContain("warning");
        assertThat(String.join("\n", run("--kb", kb, "--train", train.toString(), "--test", leaked.toString())))
                .contains("warning: 1 of 3 test lines are also training examples").doesNotContain("kotor");
    }

    @Test
    void cross_validates_the_knowledge_base_and_updates_its_report_section(@TempDir Path dir) throws Exception {
        KbFixtures.repositoryKbWithStubs(Files.createDirectories(dir.resolve("kb")));
        Path report = dir.resolve("report.md");
        Files.writeString(report, "# NLU evaluation report\n\nhand-written notes stay\n");
        run("--kb", dir.resolve("kb").toString(), "--folds", "2", "--report", report.toString());
        String[] lines = run("--kb", dir.resolve("kb").toString(), "--folds", "2", "--report", report.toString());
        assertThat(lines[lines.length - 1]).matches("accuracy=\\d\\.\\d{4} macro_f1=\\d\\.\\d{4}");
        assertThat(String.join("\n", lines)).contains("escalation recall:");
        String md = Files.readString(report);
        assertThat(md).contains("hand-written notes stay", "2-fold cross-validation", "| tip.passport_held |");
        assertThat(md.split("<!-- nlu-eval:cv:kb -->", -1)).hasSize(2);
    }

    @Test
    void the_report_names_the_command_once_when_run_as_a_hotline_subcommand(@TempDir Path dir) throws Exception {
        Path train = Files.writeString(dir.resolve("train.csv"), TRAIN);
        Path test = Files.writeString(dir.resolve("test.jsonl"), TEST);
        Path report = dir.resolve("report.md");
        CommandLine cli = new CommandLine(new HotlineCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute("nlu-eval", "--kb", dir.resolve("no-kb").toString(), "--train", train.toString(),
                "--test", test.toString(), "--report", report.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(report)).contains("- command: `nlu-eval --kb ").doesNotContain("nlu-eval nlu-eval");
    }

    @Test
    void measures_a_test_file_with_typing_noise_with_and_without_mending(@TempDir Path dir) throws Exception {
        Path train = Files.writeString(dir.resolve("train.csv"), TRAIN);
        Path test = Files.writeString(dir.resolve("test.jsonl"), TEST);
        for (String[] extra : new String[][]{{}, {"--no-mending"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--kb", dir.resolve("no-kb").toString(),
                    "--train", train.toString(), "--test", test.toString(), "--noise", "VOWELS", "--seed", "3"),
                    java.util.Arrays.stream(extra)).toArray(String[]::new);
            String[] lines = run(args);
            assertThat(String.join("\n", lines)).contains("with vowels (seed 3)");
            assertThat(lines[lines.length - 1]).matches("accuracy=\\d\\.\\d{4} macro_f1=\\d\\.\\d{4}");
        }
        CommandLine cmd = new CommandLine(new NluEvalCommand());
        cmd.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("--kb", dir.toString(), "--noise", "SLIPS")).isNotZero();
        assertThat(err.toString()).contains("--noise needs --test");
    }

    @Test
    void refuses_to_list_the_lines_of_a_test_file(@TempDir Path dir) throws Exception {
        Path test = Files.writeString(dir.resolve("test.jsonl"), TEST);
        CommandLine cmd = new CommandLine(new NluEvalCommand());
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertThat(cmd.execute("--test", test.toString(), "--show-errors")).isEqualTo(2);
    }

    @Test
    void lists_the_test_lines_an_edit_of_the_knowledge_base_changed(@TempDir Path dir) throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        KbFixtures.repositoryKbWithStubs(before);
        KbFixtures.repositoryKbWithStubs(after);
        Files.writeString(after.resolve("intents/premig.documents.yaml"), """
                id: premig.documents
                risk: none
                answer:
                  id: jawaban dokumen
                examples:
                  - paspor hilang gimana bikin lagi
                  - mau bikin paspor baru ke imigrasi
                  - paspor rusak bikin baru syaratnya apa
                """);
        Path test = Files.writeString(dir.resolve("test.jsonl"),
                "{\"text\": \"paspor hilang mau bikin baru\", \"label\": \"premig.documents\", \"escalate\": false}\n");
        String[] lines = run("--kb", after.toString(), "--test", test.toString(), "--compare-kb", before.toString());
        String all = String.join("\n", lines);
        // the stub-only knowledge base read the passport as held and opened a case: one false escalation fewer
        assertThat(all).contains("+ premig.documents: tip.passport_held (case) -> premig.documents | paspor hilang mau bikin baru")
                .contains("compared with " + before + ": changed 1, now right 1, now wrong 0; cases that must open +0, "
                        + "false escalations -1");
        assertThat(lines[lines.length - 1]).matches("accuracy=1\\.0000 macro_f1=\\d\\.\\d{4}");

        CommandLine cmd = new CommandLine(new NluEvalCommand());
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("--kb", after.toString(), "--compare-kb", before.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--compare-kb needs --test");
        assertThat(cmd.execute("--kb", after.toString(), "--test", test.toString(), "--compare-kb",
                dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--compare-kb: no folder");
    }
}
