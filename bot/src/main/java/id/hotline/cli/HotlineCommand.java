package id.hotline.cli;

import id.hotline.config.ConfigException;
import id.hotline.knowledge.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/** The jar's command line. Configuration mistakes end with one line saying what to fix, never a stack trace. */
@Command(name = "hotline", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = HotlineCommand.Version.class,
        description = "Indonesian migrant worker hotline: chat service and its tools.",
        subcommands = {ServeCommand.class, KbLintCommand.class, BackupCommand.class, RestoreCommand.class,
                RetentionCommand.class, ClassifyCommand.class, NluEvalCommand.class, CommandLine.HelpCommand.class})
public final class HotlineCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HotlineCommand());
        cli.setParameterExceptionHandler(unknownCommandsListed(cli.getParameterExceptionHandler()));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof KnowledgeBaseException || e instanceof UsageProblem) {
                cmd.getErr().println("hotline: " + e.getMessage());
                return 2;
            }
            if (e instanceof id.hotline.store.StoreException || e.getClass().getName().startsWith("org.flywaydb")) {
                cmd.getErr().println("hotline: database problem: " + e.getMessage().lines().findFirst().orElse(""));
                return 2;
            }
            throw e;
        });
        return cli;
    }

    /** An unknown command gets one line listing the commands, not picocli's guess at a similar one. */
    private static IParameterExceptionHandler unknownCommandsListed(IParameterExceptionHandler otherwise) {
        return (ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            if (ex instanceof UnmatchedArgumentException u && cmd.getParent() == null && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                cmd.getErr().println("hotline: unknown command '" + u.getUnmatched().get(0) + "'; the commands are "
                        + String.join(", ", cmd.getSubcommands().keySet()) + " ('hotline --help' says what each does)");
                return cmd.getCommandSpec().exitCodeOnInvalidInput();
            }
            return otherwise.handleParseException(ex, args);
        };
    }

    /** The version from hotline.jar's manifest (Implementation-Version, the Maven project version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HotlineCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hotline " + (v != null ? v : "(development build: no version outside hotline.jar)")};
        }
    }

    /** A command used wrongly (missing file, bad argument): reported in one line, exit code 2. */
    public static final class UsageProblem extends RuntimeException {
        public UsageProblem(String message) {
            super(message);
        }
    }
}
