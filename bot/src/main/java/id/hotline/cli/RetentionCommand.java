package id.hotline.cli;

import id.hotline.config.Config;
import id.hotline.ops.Retention;
import id.hotline.store.sqlite.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Runs the retention job once (the service also runs it daily at 03:00). */
@Command(name = "retention", description = {"Run the daily privacy job now: anonymise old closed cases, delete idle "
        + "bot-only conversations, compact the file.",
        "The ages come from HOTLINE_RETENTION_CLOSED_CASE_DAYS and HOTLINE_RETENTION_BOT_ONLY_DAYS."})
public final class RetentionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", description = "the database (default: HOTLINE_DB or ./data/hotline.db)")
    Path db;

    @Override
    public Integer call() {
        Config config = Config.fromEnv();
        Path file = db != null ? db : config.db();
        if (!file.toFile().isFile()) {
            throw new HotlineCommand.UsageProblem("database " + file + " does not exist");
        }
        try (Database database = Database.open(file)) {
            Retention.Result r = new Retention(database, Clock.systemUTC(), config.retentionClosedCaseDays(),
                    config.retentionBotOnlyDays()).run();
            spec.commandLine().getOut().printf("retention: %d message(s) anonymised, %d conversation(s) pseudonymised, "
                    + "%d conversation(s) deleted, file compacted: %s%n", r.anonymisedMessages(),
                    r.pseudonymisedConversations(), r.deletedConversations(), r.compacted() ? "yes" : "no (a reader was busy)");
        }
        return 0;
    }
}
