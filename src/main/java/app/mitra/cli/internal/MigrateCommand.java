package app.mitra.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import app.mitra.common.storage.Migrations;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = { "Migrates the database schema to this Mitra's version, then exits.",
                "Needed before serving when MITRA_MIGRATE=manual; refuses a database newer than this Mitra.",
                "Take a backup first." })
class MigrateCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext settings = Contexts.settings(storage.springArguments());
                Connections connections = Connections.open(settings)) {
            Flyway flyway = Migrations.flyway(connections.dataSource(), connections.database());
            String before = Migrations.currentVersion(flyway);
            int applied = Migrations.migrate(flyway);
            PrintWriter out = spec.commandLine().getOut();
            String after = Migrations.currentVersion(flyway);
            out.println(applied == 0 ? "The database is up to date (schema version " + after + ")."
                    : "Migrated the database from schema version " + before + " to " + after + " (" + applied
                            + " migration(s)).");
            return 0;
        }
    }
}
