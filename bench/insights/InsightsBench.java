import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.mitra.MitraApplication;
import app.mitra.accounts.Account;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;
import app.mitra.insights.Insights;
import app.mitra.insights.InsightsRange;
import app.mitra.insights.InsightsReport;
import app.mitra.journal.Journal;
import app.mitra.products.Form;
import app.mitra.products.ProductInput;
import app.mitra.products.Products;

/**
 * The insights scale benchmark. Starts Mitra on a fresh SQLite data directory, writes a heavy
 * five-year journal straight into its tables (~58,000 check-ins and ~29,000 doses, each dose with a
 * rating 20 minutes before and 100 after, four products, a weekly PEG), then for 1 to 5 years ending
 * yesterday times the full insights answer (the Insights facade, as the API controller calls it)
 * next to a plain SQL scan of the same rows (both queries, every column read) in the same run.
 */
public class InsightsBench {

    static final int YEARS = 5;
    static final int WARM_UP = 8;
    static final int ROUNDS = 21;
    /**
     * The issue asks for "8 check-ins and 4 doses a day, about 58,000 check-ins and 29,000 doses" in
     * five years; those disagree (8 a day is 14,600 in five years). The totals are the harder test, so
     * the journal has them: 16 doses a day, each with a rating before and after (32 check-ins a day).
     */
    static final int[] DOSE_HOURS = {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21};

    public static void main(String[] args) throws Exception {
        String dataDir = "target/bench-insights";
        ConfigurableApplicationContext app = SpringApplication.run(MitraApplication.class,
                "--mitra.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        try {
            Account account = app.getBean(Accounts.class).register(
                    new Registration("heavy", "a long quiet passphrase 9", "UTC", null));
            UUID user = account.id();
            Products products = app.getBean(Products.class);
            List<UUID> productIds = new ArrayList<>();
            String[][] names = {{"Green Maeng Da", "Maeng Da"}, {"Red Bali", "Bali"}, {"White Borneo", "Borneo"},
                {"Yellow Vietnam", "Vietnam"}};
            for (String[] name : names) {
                productIds.add(products.create(user, new ProductInput(null, name[0], null, name[1], null, Form.POWDER,
                        null, null, null)).value().id());
            }
            LocalDate last = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            LocalDate first = last.minusYears(YEARS).plusDays(1);
            long written = generate(dataDir + "/mitra.db", user, productIds, first, last);
            System.out.printf(Locale.ROOT, "journal: %s to %s, %,d rows written%n", first, last, written);

            Insights insights = app.getBean(Insights.class);
            // The JIT compiles the hot paths on the largest range first, so year 1 is not measured cold.
            InsightsRange all = new InsightsRange(first, last);
            for (int i = 0; i < 30; i++) {
                insights.report(user, all);
            }
            Journal journal = app.getBean(Journal.class);
            System.out.println("| years | check-ins | doses | insights p50 ms (CPU) | p90 ms | range reads p50 ms (CPU)"
                    + " | plain SQL scan p50 ms (CPU) | insights ÷ scan (CPU) |");
            System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dataDir + "/mitra.db")) {
                for (int years = 1; years <= YEARS; years++) {
                    InsightsRange range = new InsightsRange(last.minusYears(years).plusDays(1), last);
                    long from = range.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    long to = range.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    long[] counts = new long[2];
                    double[] answer = time(() -> {
                        InsightsReport report = insights.report(user, range);
                        counts[1] = report.reliefPerDose().n() + report.reliefPerDose().unpaired();
                    });
                    double[] reads = time(() -> {
                        journal.checkInFigures(user, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to));
                        journal.doseFigures(user, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to));
                    });
                    double[] scan = time(() -> counts[0] = scan(sql, user, from, to));
                    System.out.printf(Locale.ROOT, "| %d | %,d | %,d | %.1f (%.1f) | %.1f | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) |%n",
                            years, counts[0] - counts[1], counts[1], answer[0], answer[2], answer[1], reads[0], reads[2],
                            scan[0], scan[2], answer[0] / scan[0], answer[2] / scan[2]);
                }
            }
        } finally {
            app.close();
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * Wall-clock p50 and p90 and the p50 of this thread's CPU time, in milliseconds, over {@link #ROUNDS}
     * runs after {@link #WARM_UP}. The work is single-threaded (SQLite reads run in the calling thread),
     * so on a machine shared with other jobs its CPU time is close to what the wall time would be alone.
     */
    static double[] time(Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] ms = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {ms[ROUNDS / 2], ms[(int) (ROUNDS * 0.9)], cpu[ROUNDS / 2]};
    }

    /** The same rows the answer reads, every column of them read, nothing computed: the floor. */
    static long scan(Connection sql, UUID user, long from, long to) throws Exception {
        long rows = 0;
        long sum = 0;
        try (PreparedStatement checkIns = sql.prepareStatement("""
                select taken_at, pain, enjoyment, activity, mood, anxiety, energy, sleep_quality from journal_checkin
                where user_id = ? and taken_at >= ? and taken_at < ? order by taken_at""");
             PreparedStatement doses = sql.prepareStatement("""
                select taken_at, product_id, form, material_mg, mitragynine_mg from journal_dose
                where user_id = ? and taken_at >= ? and taken_at < ? order by taken_at""")) {
            for (PreparedStatement statement : List.of(checkIns, doses)) {
                statement.setString(1, user.toString());
                statement.setLong(2, from);
                statement.setLong(3, to);
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int c = 1; c <= columns; c++) {
                            Object value = rs.getObject(c);
                            sum += value == null ? 0 : value.hashCode();
                        }
                    }
                }
            }
        }
        return sum == 42 ? rows + 1 : rows;
    }

    /** Writes the journal in batches of one transaction per 30 days. */
    static long generate(String file, UUID user, List<UUID> products, LocalDate first, LocalDate last) throws Exception {
        Random random = new Random(5);
        long rows = 0;
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            sql.setAutoCommit(false);
            PreparedStatement checkIn = sql.prepareStatement("""
                    insert into journal_checkin (user_id, id, taken_at, zone, pain, enjoyment, activity, mood, anxiety,
                        energy, sleep_quality, pain_types, body_sites, side_effects, note, request_hash, created_at,
                        updated_at)
                    values (?, ?, ?, 'UTC', ?, ?, ?, ?, ?, ?, ?, '[]', '[]', '[]', null, 'bench', ?, ?)""");
            PreparedStatement dose = sql.prepareStatement("""
                    insert into journal_dose (user_id, id, taken_at, zone, form, amount, unit, method, product_id,
                        batch_id, note, material_mg, leaf_equivalent_mg, mitragynine_mg, seven_oh_mg, approximate,
                        request_hash, created_at, updated_at)
                    values (?, ?, ?, 'UTC', 'POWDER', ?, 'g', null, ?, null, null, ?, ?, null, null, 0, 'bench', ?, ?)""");
            int day = 0;
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1), day++) {
                for (int hour : DOSE_HOURS) {
                    long at = date.atTime(hour, random.nextInt(20)).toInstant(ZoneOffset.UTC).toEpochMilli();
                    int p = random.nextInt(products.size());
                    long mg = 1000 + 250L * random.nextInt(5) + day / 4;
                    int before = 4 + random.nextInt(6);
                    int after = Math.max(0, before - p - random.nextInt(3));
                    boolean peg = hour == 20 && date.getDayOfWeek().getValue() == 7;
                    rows += add(checkIn, user, at - 20 * 60_000, before, false, random);
                    rows += add(checkIn, user, at + 100 * 60_000, after, peg, random);
                    dose.setString(1, user.toString());
                    dose.setString(2, UUID.randomUUID().toString());
                    dose.setLong(3, at);
                    dose.setDouble(4, mg / 1000.0);
                    dose.setString(5, products.get(p).toString());
                    dose.setLong(6, mg);
                    dose.setLong(7, mg);
                    dose.setLong(8, at);
                    dose.setLong(9, at);
                    dose.addBatch();
                    rows++;
                }
                if (day % 30 == 29) {
                    checkIn.executeBatch();
                    dose.executeBatch();
                    sql.commit();
                }
            }
            checkIn.executeBatch();
            dose.executeBatch();
            sql.commit();
        }
        return rows;
    }

    static int add(PreparedStatement checkIn, UUID user, long at, int pain, boolean peg, Random random)
            throws Exception {
        checkIn.setString(1, user.toString());
        checkIn.setString(2, UUID.randomUUID().toString());
        checkIn.setLong(3, at);
        checkIn.setInt(4, pain);
        checkIn.setObject(5, peg ? 5 : null);
        checkIn.setObject(6, peg ? 6 : null);
        checkIn.setInt(7, 3 + random.nextInt(5));
        checkIn.setInt(8, 2 + random.nextInt(5));
        checkIn.setInt(9, 3 + random.nextInt(5));
        checkIn.setInt(10, 4 + random.nextInt(5));
        checkIn.setLong(11, at);
        checkIn.setLong(12, at);
        checkIn.addBatch();
        return 1;
    }
}
