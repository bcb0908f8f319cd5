import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The raw baseline of bench/import: the same Mitra JSON file read with Jackson's streaming parser and
 * its doses and check-ins inserted with plain JDBC, 1,000 rows per transaction, into a SQLite file made
 * from the journal's own migration with Mitra's pragmas. No validation, no ids derived, no normalisation:
 * the floor under any import of the file. Prints "rows wall_ms cpu_ms".
 *
 * <p>Arguments: file database migration.
 */
public final class ImportRaw {

    /** The pragmas of app.mitra.common.storage.Database.SQLITE_PRAGMAS (bench/ingest checks its own copy). */
    static final String SQLITE_PRAGMAS = "journal_mode=WAL&synchronous=FULL&foreign_keys=on&busy_timeout=10000"
            + "&transaction_mode=IMMEDIATE";
    private static final int BATCH = 1_000;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path database = Path.of(args[1]);
        Files.deleteIfExists(database);
        long wallStart = System.nanoTime();
        long cpuStart = cpuNanos();
        int rows = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath() + "?"
                + SQLITE_PRAGMAS)) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : Files.readString(Path.of(args[2])).split(";")) {
                    String withoutComments = sql.replaceAll("(?m)^--.*$", "").trim();
                    if (!withoutComments.isEmpty()) {
                        statement.execute(withoutComments);
                    }
                }
            }
            connection.setAutoCommit(false);
            String user = UUID.randomUUID().toString();
            try (InputStream in = Files.newInputStream(file);
                    JsonParser parser = new JsonFactory().createParser(tools.jackson.core.ObjectReadContext.empty(), in);
                    PreparedStatement dose = connection.prepareStatement("""
                            insert into journal_dose (user_id, id, taken_at, zone, form, amount, unit, method,
                                material_mg, leaf_equivalent_mg, approximate, request_hash, created_at, updated_at)
                            values (?, ?, ?, 'UTC', 'POWDER', ?, 'G', 'TOSS_AND_WASH', ?, ?, 0, 'raw', ?, ?)""");
                    PreparedStatement checkIn = connection.prepareStatement("""
                            insert into journal_checkin (user_id, id, taken_at, zone, pain, pain_types, body_sites,
                                side_effects, note, request_hash, created_at, updated_at)
                            values (?, ?, ?, 'UTC', ?, '["MUSCULOSKELETAL"]', '["lower back"]', '[]', ?, 'raw', ?, ?)""")) {
                String kind = null;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.PROPERTY_NAME && parser.streamReadContext().getParent().inRoot()) {
                        kind = parser.currentName();
                    } else if (token == JsonToken.START_OBJECT && parser.streamReadContext().getParent().inArray()) {
                        rows++;
                        if ("doses".equals(kind)) {
                            insertDose(parser, dose, user);
                        } else {
                            insertCheckIn(parser, checkIn, user);
                        }
                        if (rows % BATCH == 0) {
                            dose.executeBatch();
                            checkIn.executeBatch();
                            connection.commit();
                        }
                    }
                }
                dose.executeBatch();
                checkIn.executeBatch();
                connection.commit();
            }
        }
        System.out.println(rows + " " + (System.nanoTime() - wallStart) / 1_000_000 + " " + (cpuNanos() - cpuStart) / 1_000_000);
    }

    private static void insertDose(JsonParser parser, PreparedStatement dose, String user) throws Exception {
        String id = null;
        long takenAt = 0;
        double amount = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "id" -> id = parser.getString();
                case "takenAt" -> takenAt = Instant.parse(parser.getString()).toEpochMilli();
                case "amount" -> amount = parser.getDoubleValue();
                default -> parser.skipChildren();
            }
        }
        dose.setString(1, user);
        dose.setString(2, id);
        dose.setLong(3, takenAt);
        dose.setDouble(4, amount);
        dose.setLong(5, Math.round(amount * 1000));
        dose.setLong(6, Math.round(amount * 1000));
        dose.setLong(7, takenAt);
        dose.setLong(8, takenAt);
        dose.addBatch();
    }

    private static void insertCheckIn(JsonParser parser, PreparedStatement checkIn, String user) throws Exception {
        String id = null;
        long takenAt = 0;
        int pain = 0;
        String note = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "id" -> id = parser.getString();
                case "takenAt" -> takenAt = Instant.parse(parser.getString()).toEpochMilli();
                case "pain" -> pain = parser.getIntValue();
                case "note" -> note = parser.getString();
                default -> parser.skipChildren();
            }
        }
        checkIn.setString(1, user);
        checkIn.setString(2, id);
        checkIn.setLong(3, takenAt);
        checkIn.setInt(4, pain);
        checkIn.setString(5, note);
        checkIn.setLong(6, takenAt);
        checkIn.setLong(7, takenAt);
        checkIn.addBatch();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
