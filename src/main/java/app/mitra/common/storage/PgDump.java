package app.mitra.common.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL backups through PostgreSQL's own tools: {@code pg_dump --format=custom} takes a
 * consistent snapshot while the servers keep writing, and {@code pg_restore} reads it back. The
 * connection goes to the tools through PG* environment variables, so no password shows in a
 * process list. When the tools are not installed the operator gets the commands to run.
 */
public final class PgDump {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(?:\\?(.*))?");

    private final Map<String, String> environment;

    private PgDump(Map<String, String> environment) {
        this.environment = environment;
    }

    public static PgDump of(Database database, Properties credentials) {
        Matcher matcher = URL.matcher(database.jdbcUrl());
        if (!matcher.matches()) {
            throw new BackupException("pg_dump needs MITRA_DB_URL as jdbc:postgresql://host[:port]/database; got "
                    + Database.masked(database.jdbcUrl()));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PGHOST", matcher.group(1));
        environment.put("PGPORT", matcher.group(2) == null ? "5432" : matcher.group(2));
        environment.put("PGDATABASE", matcher.group(3));
        if (matcher.group(4) != null) {
            for (String parameter : matcher.group(4).split("&")) {
                String[] pair = parameter.split("=", 2);
                if (pair.length == 2 && pair[0].equals("user")) {
                    environment.put("PGUSER", pair[1]);
                } else if (pair.length == 2 && pair[0].equals("password")) {
                    environment.put("PGPASSWORD", pair[1]);
                }
            }
        }
        if (credentials.getProperty("user") != null) {
            environment.put("PGUSER", credentials.getProperty("user"));
        }
        if (credentials.getProperty("password") != null) {
            environment.put("PGPASSWORD", credentials.getProperty("password"));
        }
        return new PgDump(environment);
    }

    /** The database by name and server, for messages ("PostgreSQL database mitra on db:5432"). */
    public String database() {
        return "PostgreSQL database " + environment.get("PGDATABASE") + " on " + environment.get("PGHOST") + ":"
                + environment.get("PGPORT");
    }

    public static boolean installed() {
        return onPath("pg_dump") && onPath("pg_restore");
    }

    /** What to run by hand where pg_dump is not installed beside Mitra. */
    public String guidance(Path target) {
        return "pg_dump is not installed here. Back up PostgreSQL with its own tool, on any machine that reaches it:"
                + " PGHOST=" + environment.get("PGHOST") + " PGPORT=" + environment.get("PGPORT")
                + " PGUSER=" + environment.getOrDefault("PGUSER", "<user>") + " PGPASSWORD=<password> pg_dump"
                + " --format=custom --file=" + target + " " + environment.get("PGDATABASE")
                + " (restore into an empty database with: pg_restore --no-owner --dbname=<database> " + target + ")";
    }

    /** Dumps the database to {@code target}, then checks the archive lists Mitra's tables. */
    public BackupReport backup(Path target) {
        if (Files.exists(target)) {
            throw new BackupException(target + " already exists; choose a new file name.");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            PrivateFiles.directory(target.toAbsolutePath().getParent());
            Files.deleteIfExists(partial);
            // pg_dump writes into the file it is given, which keeps its owner-only mode
            PrivateFiles.newFile(partial);
            run(List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + partial));
            List<String> tables = verify(partial);
            Files.move(partial, target);
            return new BackupReport(target, Files.size(target), tables, Map.of());
        } catch (IOException e) {
            throw new BackupException("Could not write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // only left when the disk failed, which the error above reports
            }
        }
    }

    /** Answers the tables whose data the archive holds; fails when it is unreadable or not Mitra's. */
    public List<String> verify(Path archive) {
        String listing = run(List.of("pg_restore", "--list", archive.toString()));
        List<String> tables = listing.lines().filter(line -> line.contains(" TABLE DATA "))
                .map(line -> line.trim().split("\\s+")).map(words -> words[words.length - 2]).toList();
        if (!tables.contains("flyway_schema_history")) {
            throw new BackupException(archive + " is not a Mitra database dump (it has no migration history).");
        }
        return tables;
    }

    /** Restores an archive into the configured database; {@code clean} drops what is there first. */
    public List<String> restore(Path archive, boolean clean) {
        List<String> tables = verify(archive);
        List<String> command = new ArrayList<>(List.of("pg_restore", "--no-owner", "--exit-on-error",
                "--single-transaction", "--dbname=" + environment.get("PGDATABASE")));
        if (clean) {
            command.add("--clean");
            command.add("--if-exists");
        }
        command.add(archive.toString());
        run(command);
        return tables;
    }

    private String run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
                throw new BackupException(command.get(0) + " failed: " + output.strip().lines().reduce((a, b) -> b).orElse(""));
            }
            return output;
        } catch (IOException e) {
            throw new BackupException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(command.get(0) + " was interrupted", e);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, tool)));
    }
}
