package app.mitra.cli.internal;

import java.io.PrintWriter;
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

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = { "Writes a verified backup of the database to FILE; the server may keep running.",
                "Verified by SQLite's integrity check and the row count of every table (PostgreSQL: pg_dump,",
                "then pg_restore --list).",
                "Without pg_dump installed, prints the pg_dump command to run instead." })
class BackupCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write (must not exist).")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext settings = Contexts.settings(storage.springArguments())) {
            BackupReport report = Backups.backup(settings.getBean(StorageProperties.class), to);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Backup written and verified: " + report.file() + " (" + report.bytes() + " bytes, "
                    + report.summary() + ").");
            return 0;
        }
    }
}
