package id.hotline.cli;

import id.hotline.config.Config;
import id.hotline.ops.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Online backup: safe while the service runs. */
@Command(name = "backup", description = "Write a consistent copy of the database to FILE while the service keeps running.")
public final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the backup file to create (must not exist)")
    Path target;

    @Option(names = "--db", description = "the live database (default: HOTLINE_DB or ./data/hotline.db)")
    Path db;

    @Override
    public Integer call() {
        Backup.Result r = Backup.run(db != null ? db : Config.fromEnv().db(), target);
        spec.commandLine().getOut().printf("backup: wrote %s (%d bytes, schema version %s, rows %s)%n",
                r.file(), r.bytes(), r.schemaVersion(), r.rows());
        return 0;
    }
}
