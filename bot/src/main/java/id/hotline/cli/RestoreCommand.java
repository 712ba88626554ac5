package id.hotline.cli;

import id.hotline.config.Config;
import id.hotline.ops.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Restores a backup after checking it; refuses while the service runs. */
@Command(name = "restore", description = {"Put a checked backup FILE in place of the database (stop the service first).",
        "The backup's integrity and schema version are checked before anything is replaced."})
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the backup file")
    Path backup;

    @Option(names = "--db", description = "the database to restore into (default: HOTLINE_DB or ./data/hotline.db)")
    Path db;

    @Option(names = "--force", description = "replace an existing database (it is kept as <db>.before-restore-<time>)")
    boolean force;

    @Override
    public Integer call() {
        Restore.Result r = Restore.run(backup, db != null ? db : Config.fromEnv().db(), force, Clock.systemUTC());
        spec.commandLine().getOut().printf("restore: %s restored from %s (schema version %s, rows %s)%n",
                r.db(), backup, r.schemaVersion(), r.rows());
        r.previous().ifPresent(p -> spec.commandLine().getOut().printf(
                "restore: the replaced database is kept as %s; delete it once you have checked the restore%n", p));
        return 0;
    }
}
