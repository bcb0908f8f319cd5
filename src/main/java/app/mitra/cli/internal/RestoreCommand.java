package app.mitra.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import app.mitra.common.storage.BackupReport;
import app.mitra.common.storage.Backups;
import app.mitra.common.storage.StorageProperties;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = { "Restores a backup made by 'backup' into an empty data directory.",
                "(With PostgreSQL: into an empty database, through pg_restore.)",
                "Stop Mitra first. Refuses to replace an existing database unless --force is given;",
                "with SQLite the replaced files are kept beside it, renamed *.before-restore-<time>." })
class RestoreCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file to restore.")
    Path from;

    @Option(names = "--force", description = "Replace an existing database.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext settings = Contexts.settings(storage.springArguments())) {
            BackupReport report = Backups.restore(settings.getBean(StorageProperties.class), from, force);
            spec.commandLine().getOut().println("Restored " + from + " into " + report.file() + " ("
                    + report.summary() + "); start Mitra to use it.");
            return 0;
        }
    }
}
