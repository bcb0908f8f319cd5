import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingest benchmark, run by {@code bench/ingest} against a Mitra server it started.
 * Measures mixed POSTs of doses and check-ins at 1, 8 and 32 concurrent clients, then plain JDBC
 * single-row inserts into a SQLite file with the settings Mitra uses, and prints both side by side.
 *
 * <p>The HTTP client is a minimal keep-alive HTTP/1.1 client over plain sockets: on a 2-core machine
 * the load generator shares the CPU with the server, and a heavier client would measure itself.
 *
 * <p>Arguments: port pid startupMillis heap rawDir projectDir.
 */
public class Ingest {

    /** The pragmas of app.mitra.common.storage.Database.SQLITE_PRAGMAS; bench/ingest checks they still match. */
    static final String SQLITE_PRAGMAS = "journal_mode=WAL&synchronous=FULL&foreign_keys=on&busy_timeout=10000"
            + "&transaction_mode=IMMEDIATE";

    /** {@code cpuMillis}: CPU time (user + system) the measured process spent in the phase. */
    record Phase(String name, int clients, int requests, double seconds, long[] latenciesNanos, int errors,
            long cpuMillis) {

        double cpuMillisPerRequest() {
            return (double) cpuMillis / Math.max(1, requests);
        }

        double throughput() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    interface Worker extends AutoCloseable {
        boolean run(int n) throws Exception;

        @Override
        void close() throws Exception;
    }

    interface WorkerFactory {
        Worker open() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        long startupMillis = Long.parseLong(args[2]);
        String heap = args[3];
        Path rawDir = Path.of(args[4]);
        Path projectDir = Path.of(args[5]);

        Thread.sleep(2000);
        long rssIdleAfterStart = rssKb(pid);

        String token = createUserAndToken(port);
        WorkerFactory http = () -> new HttpWorker(port, token);
        cpuOf = () -> cpuMillis(pid);

        System.out.println("warm-up: 3000 requests at 8 clients (max 30 s)...");
        run("warm-up", http, 8, 3000, 30);

        List<Phase> app = new ArrayList<>();
        app.add(report(run("app, 1 client", http, 1, 1500, 15)));
        app.add(report(run("app, 8 clients", http, 8, 5000, 20)));
        app.add(report(run("app, 32 clients", http, 32, 8000, 25)));
        long rssPeak = hwmKb(pid);
        Thread.sleep(3000);
        long rssIdleAfterLoad = rssKb(pid);

        Path rawFile = rawDir.resolve("raw.db");
        createRawSchema(rawFile, projectDir.resolve("src/main/resources/db/migration/sqlite/V3__journal.sql"));
        WorkerFactory raw = () -> new RawWorker(rawFile);
        cpuOf = () -> cpuMillis(ProcessHandle.current().pid());
        run("raw warm-up", raw, 1, 500, 10);
        List<Phase> baseline = new ArrayList<>();
        baseline.add(report(run("raw JDBC, 1 thread", raw, 1, 5000, 12)));
        baseline.add(report(run("raw JDBC, 32 threads", raw, 32, 8000, 15)));

        printTable(app, baseline, startupMillis, rssIdleAfterStart, rssIdleAfterLoad, rssPeak, heap);
    }

    // ---- load

    interface CpuClock {
        long millis() throws IOException;
    }

    /** Whose CPU time a phase reports: the server's for the app, this process's for the raw baseline. */
    static CpuClock cpuOf = () -> 0;

    static Phase run(String name, WorkerFactory factory, int clients, int maxRequests, int maxSeconds)
            throws Exception {
        long[] latencies = new long[maxRequests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong firstFailure = new AtomicLong();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(factory.open());
        }
        long cpuBefore = cpuOf.millis();
        long start = System.nanoTime();
        for (Worker worker : workers) {
            Thread thread = new Thread(() -> {
                int n;
                while (System.nanoTime() < deadline && (n = next.getAndIncrement()) < maxRequests) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = worker.run(n);
                    } catch (Exception e) {
                        ok = false;
                        if (firstFailure.compareAndSet(0, 1)) {
                            System.err.println(name + ": " + e);
                        }
                    }
                    latencies[n] = System.nanoTime() - t0;
                    done.incrementAndGet();
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = cpuOf.millis() - cpuBefore;
        for (Worker worker : workers) {
            worker.close();
        }
        int count = Math.min(done.get(), maxRequests);
        return new Phase(name, clients, count, seconds, Arrays.copyOf(latencies, count), errors.get(), cpu);
    }

    static Phase report(Phase phase) {
        System.out.printf(Locale.ROOT, "%-22s %6d requests in %5.1f s, %d errors%n", phase.name(), phase.requests(),
                phase.seconds(), phase.errors());
        return phase;
    }

    // ---- the app over HTTP

    static String createUserAndToken(int port) throws Exception {
        String username = "bench" + System.currentTimeMillis();
        String password = "bench-password-" + UUID.randomUUID();
        try (HttpWorker client = new HttpWorker(port, null)) {
            Response account = client.send("POST", "/api/v1/accounts",
                    "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"timeZone\":\"Europe/Berlin\"}",
                    null);
            require(account, 201, "create account");
            String basic = "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            Response token = client.send("POST", "/api/v1/tokens", "{\"name\":\"bench\"}", basic);
            require(token, 201, "create token");
            Matcher matcher = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
            if (!matcher.find()) {
                throw new IllegalStateException("no token in " + token.body());
            }
            return matcher.group(1);
        }
    }

    static void require(Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
        }
    }

    /**
     * Seconds before now for entry n: scattered over three years, so a run of ~15,000 entries is a heavy
     * person's journal (about 7 doses and 7 check-ins a day), not thousands of doses in one day — each
     * dose is checked against the person's last weeks (dose guardrails), whose cost follows that density.
     */
    static long secondsAgo(int n) {
        return (n * 7919L) % THREE_YEARS_S;
    }

    private static final long THREE_YEARS_S = 3L * 365 * 86_400;

    /** Alternates doses and check-ins, each with its own client id, as a phone's offline queue sends them. */
    static String body(int n) {
        String takenAt = Instant.now().minusSeconds(secondsAgo(n)).toString();
        if (n % 2 == 0) {
            return "{\"id\":\"" + UUID.randomUUID() + "\",\"takenAt\":\"" + takenAt
                    + "\",\"form\":\"POWDER\",\"amount\":" + (2 + n % 4) + ",\"unit\":\"g\","
                    + "\"method\":\"TOSS_AND_WASH\",\"note\":\"bench\"}";
        }
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"takenAt\":\"" + takenAt + "\",\"pain\":" + (n % 11)
                + ",\"painTypes\":[\"MUSCULOSKELETAL\"],\"bodySites\":[\"lower back\"],\"mood\":6,"
                + "\"sideEffects\":[{\"symptom\":\"nausea\",\"severity\":2}],\"note\":\"bench\"}";
    }

    record Response(int status, String body) {
    }

    /** One keep-alive HTTP/1.1 connection; reconnects when the server closes it. */
    static final class HttpWorker implements Worker {

        private final int port;
        private final String authorization;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        HttpWorker(int port, String token) {
            this.port = port;
            this.authorization = token == null ? null : "Bearer " + token;
        }

        @Override
        public boolean run(int n) throws IOException {
            String path = n % 2 == 0 ? "/api/v1/doses" : "/api/v1/checkins";
            return send("POST", path, body(n), authorization).status() == 201;
        }

        Response send(String method, String path, String json, String auth) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Content-Type: application/json\r\nAccept: application/json\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
            if (auth != null) {
                head.append("Authorization: ").append(auth).append("\r\n");
            }
            head.append("\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            for (int attempt = 0; ; attempt++) {
                if (socket == null) {
                    connect();
                }
                try {
                    out.write(request);
                    out.flush();
                    return read();
                } catch (IOException stale) {
                    // the server closed an idle keep-alive connection before this request reached it
                    close();
                    if (attempt > 0) {
                        throw stale;
                    }
                }
            }
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        private Response read() throws IOException {
            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            String header;
            while (!(header = line()).isEmpty()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            StringBuilder body = new StringBuilder();
            if (chunked) {
                int size;
                while ((size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0) {
                    body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                    line();
                }
                line();
            } else if (length > 0) {
                body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
            if (closing) {
                close();
            }
            return new Response(code, body.toString());
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a socket we are done with; nothing to recover
                }
                socket = null;
            }
        }
    }

    // ---- the raw baseline

    /** The journal's own migration, so the raw rows have exactly the shape of Mitra's dose rows. */
    static void createRawSchema(Path file, Path migration) throws Exception {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try (Connection connection = DriverManager.getConnection(url(file)); Statement statement = connection.createStatement()) {
            for (String sql : Files.readString(migration).split(";")) {
                String withoutComments = sql.replaceAll("(?m)^--.*$", "").trim();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath() + "?" + SQLITE_PRAGMAS;
    }

    /**
     * One connection in auto-commit mode: each insert is its own transaction. (With auto-commit off,
     * the driver would begin an IMMEDIATE transaction at once and hold the write lock while idle.)
     */
    static final class RawWorker implements Worker {

        private static final String USER = UUID.randomUUID().toString();

        private final Connection connection;
        private final PreparedStatement insert;

        RawWorker(Path file) throws SQLException {
            connection = DriverManager.getConnection(url(file));
            insert = connection.prepareStatement("""
                    insert into journal_dose (user_id, id, taken_at, zone, form, amount, unit, method, product_id,
                        batch_id, note, material_mg, leaf_equivalent_mg, mitragynine_mg, seven_oh_mg, approximate,
                        request_hash, created_at, updated_at)
                    values (?, ?, ?, 'Europe/Berlin', 'POWDER', ?, 'G', 'TOSS_AND_WASH', null, null, 'bench', ?, ?,
                        null, null, 0, ?, ?, ?)""");
        }

        @Override
        public boolean run(int n) throws SQLException {
            long now = System.currentTimeMillis();
            insert.setString(1, USER);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setLong(3, now - secondsAgo(n) * 1000L);
            insert.setDouble(4, 2 + n % 4);
            insert.setLong(5, (2 + n % 4) * 1000L);
            insert.setLong(6, (2 + n % 4) * 1000L);
            insert.setString(7, Long.toHexString(now) + n);
            insert.setLong(8, now);
            insert.setLong(9, now);
            return insert.executeUpdate() == 1;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
            connection.close();
        }
    }

    // ---- the process

    /** utime + stime of a process, from /proc/PID/stat (in clock ticks of 10 ms on Linux). */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    static long rssKb(long pid) throws IOException {
        return statusKb(pid, "VmRSS:");
    }

    static long hwmKb(long pid) throws IOException {
        return statusKb(pid, "VmHWM:");
    }

    static long statusKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
            }
        }
        throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
    }

    // ---- the report

    static void printTable(List<Phase> app, List<Phase> raw, long startupMillis, long rssStart, long rssAfterLoad,
            long rssPeak, String heap) {
        System.out.println();
        System.out.println("| run | clients | requests | throughput (/s) | p50 (ms) | p99 (ms) | errors | CPU ms/request |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Phase phase : concat(app, raw)) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %d | %.2f |%n", phase.name(),
                    phase.clients(), phase.requests(), phase.throughput(), phase.percentileMillis(50),
                    phase.percentileMillis(99), phase.errors(), phase.cpuMillisPerRequest());
        }
        System.out.println("(CPU ms/request: the server process for app rows, the benchmark process for raw rows;"
                + " load average during the run: " + loadAverage() + ")");
        Phase app32 = app.get(app.size() - 1);
        Phase raw1 = raw.get(0);
        Phase raw32 = raw.get(1);
        double bestRaw = Math.max(raw1.throughput(), raw32.throughput());
        double ratio = app32.throughput() / bestRaw;
        System.out.println();
        System.out.printf(Locale.ROOT, "ratio app(32) / raw(1 thread)   = %.2f%n", app32.throughput() / raw1.throughput());
        System.out.printf(Locale.ROOT, "ratio app(32) / raw(32 threads) = %.2f%n", app32.throughput() / raw32.throughput());
        System.out.printf(Locale.ROOT, "start-up to healthy             = %.1f s%n", startupMillis / 1000.0);
        System.out.printf(Locale.ROOT, "RSS idle after start            = %d MB (heap %s)%n", rssStart / 1024, heap);
        System.out.printf(Locale.ROOT, "RSS idle after load             = %d MB (peak %d MB)%n", rssAfterLoad / 1024,
                rssPeak / 1024);
        System.out.println();
        System.out.println("targets:");
        target("ingest at 32 clients >= 0.5 x best raw single-row rate", ratio >= 0.5,
                String.format(Locale.ROOT, "%.2f", ratio));
        target("p99 at 32 clients <= 50 ms", app32.percentileMillis(99) <= 50,
                String.format(Locale.ROOT, "%.1f ms", app32.percentileMillis(99)));
        target("start-up to healthy <= 6 s", startupMillis <= 6000,
                String.format(Locale.ROOT, "%.1f s", startupMillis / 1000.0));
        target("idle RSS <= 300 MB", Math.max(rssStart, rssAfterLoad) <= 300 * 1024,
                Math.max(rssStart, rssAfterLoad) / 1024 + " MB");
        if (app.stream().anyMatch(phase -> phase.errors() > 0)) {
            System.out.println("WARNING: some app requests failed; the figures above are not valid");
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void target(String what, boolean met, String value) {
        System.out.printf(Locale.ROOT, "  [%s] %s (measured %s)%n", met ? "met" : "NOT met", what, value);
    }

    static List<Phase> concat(List<Phase> a, List<Phase> b) {
        List<Phase> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
