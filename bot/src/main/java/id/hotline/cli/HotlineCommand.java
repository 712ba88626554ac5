package id.hotline.cli;

import id.hotline.config.ConfigException;
import id.hotline.knowledge.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's command line. Configuration mistakes end with one line saying what to fix, never a stack trace. */
@Command(name = "hotline", mixinStandardHelpOptions = true,
        description = "Indonesian migrant worker hotline: chat service and its tools.",
        subcommands = {ServeCommand.class, KbLintCommand.class, BackupCommand.class, RestoreCommand.class,
                RetentionCommand.class, ClassifyCommand.class, NluEvalCommand.class})
public final class HotlineCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HotlineCommand());
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

    /** A command used wrongly (missing file, bad argument): reported in one line, exit code 2. */
    public static final class UsageProblem extends RuntimeException {
        public UsageProblem(String message) {
            super(message);
        }
    }
}
