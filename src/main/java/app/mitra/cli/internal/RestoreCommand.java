package app.mitra.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import app.mitra.common.storage.BackupProperties;
import app.mitra.common.storage.Backups;
import app.mitra.common.storage.RestoreReport;
import app.mitra.common.storage.StorageProperties;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = { "Restores a backup made by 'backup' into an empty data directory.",
                "(With PostgreSQL: into an empty database, through pg_restore.)",
                "Stop Mitra first. Refuses to replace an existing database unless --force is given;",
                "what it replaces is kept: with SQLite the old files are renamed *.before-restore-<time>,",
                "with PostgreSQL the old tables are dumped and verified into MITRA_BACKUP_DIR first",
                "(before-restore-<time>.dump), and nothing is replaced unless that worked." })
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
            RestoreReport report = Backups.restore(settings.getBean(StorageProperties.class), from, force,
                    settings.getBean(BackupProperties.class).dir());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Restored the backup " + from + " into " + report.target() + " (" + report.summary()
                    + "); start Mitra to use it.");
            if (!report.kept().isEmpty()) {
                out.println("The data it replaced is kept in: " + report.kept().stream().map(Path::toString)
                        .collect(Collectors.joining(", ")));
            }
            return 0;
        }
    }
}
