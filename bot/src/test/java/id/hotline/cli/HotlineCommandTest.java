package id.hotline.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees from the jar's command line itself: version, help, a mistyped command. */
class HotlineCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = HotlineCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void version_prints_the_version_line() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("hotline ").endsWith(System.lineSeparator()).hasLineCount(1);
    }

    @Test
    void every_command_prints_its_own_usage_for_help_and_exits_0() {
        for (String verb : HotlineCommand.commandLine().getSubcommands().keySet()) {
            Run r = run(verb, "--help");
            assertThat(r.code()).as(verb).isZero();
            assertThat(r.err()).as(verb).isEmpty();
            assertThat(r.out()).as(verb).contains("Usage: hotline " + verb);
        }
        Run help = run("help", "kb-lint");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: hotline kb-lint");
    }

    @Test
    void the_command_list_gives_each_command_one_whole_sentence() {
        CommandLine cli = HotlineCommand.commandLine();
        cli.getSubcommands().forEach((verb, sub) -> {
            var usage = sub.getCommandSpec().usageMessage();
            String summary = usage.header().length > 0 ? usage.header()[0] : usage.description()[0]; // as the list shows it
            assertThat(summary).as(verb).endsWith(".").doesNotContain(". ").doesNotEndWith(":.");
        });
        assertThat(run("--help").out()).contains("classify   Classify messages").doesNotContain("per input:");
    }

    @Test
    void an_unknown_command_is_named_and_the_commands_are_listed() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("hotline: unknown command 'frobnicate'; the commands are serve, kb-lint, backup, restore, "
                + "retention, classify, nlu-eval, help ('hotline --help' says what each does)" + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void an_unknown_option_of_a_command_still_shows_that_commands_usage() {
        Run r = run("kb-lint", "--frob");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Unknown option: '--frob'").contains("Usage: hotline kb-lint");
    }
}
