package app.mitra.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import app.mitra.common.storage.Database;
import app.mitra.common.storage.Migrations;
import app.mitra.common.storage.StorageProperties;

@Command(name = "check-config", mixinStandardHelpOptions = true,
        description = { "Prints and checks the effective configuration, secrets masked.",
                "Also reports the database's schema version against this Mitra's; exits non-zero when something is wrong." })
class CheckConfigCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext settings = Contexts.settings(storage.springArguments())) {
            Environment environment = settings.getEnvironment();
            List<String> problems = new ArrayList<>();
            out.println("Mitra configuration (effective values; secrets masked)");
            for (Setting setting : Setting.ALL) {
                out.printf("  %-34s %s%n", setting.variable(), setting.shown(environment));
                setting.problem(environment).ifPresent(problems::add);
            }
            out.println(database(settings, problems));
            problems.forEach(problem -> out.println("problem: " + problem));
            out.println(problems.isEmpty() ? "The configuration is usable." : problems.size() + " problem(s) found.");
            return problems.isEmpty() ? 0 : 1;
        }
    }

    private static String database(ConfigurableApplicationContext settings, List<String> problems) {
        Database configured = settings.getBean(StorageProperties.class).database();
        if (configured.isSqlite() && !Files.exists(configured.sqliteFile())) {
            return "database: SQLite at " + configured.sqliteFile() + ", not created yet (the first start creates it)";
        }
        try (Connections connections = Connections.open(settings)) {
            Database database = connections.database();
            Flyway flyway = Migrations.flyway(connections.dataSource(), database);
            String where = database.isSqlite() ? "SQLite at " + database.sqliteFile()
                    : "PostgreSQL at " + Database.masked(database.jdbcUrl());
            int pending = flyway.info().pending().length;
            Migrations.refuseNewerDatabase(flyway);
            return "database: " + where + ", schema version " + Migrations.currentVersion(flyway)
                    + (pending == 0 ? ", up to date" : ", " + pending + " migration(s) to apply at start or by 'migrate'");
        } catch (RuntimeException e) {
            problems.add("database: " + Problems.oneLine(e));
            return "database: not usable";
        }
    }
}
