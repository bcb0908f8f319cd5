package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import app.mitra.common.limits.Limits;
import app.mitra.common.limits.RowCount;
import app.mitra.common.limits.Upload;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.WithdrawalInput;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.Coa;
import app.mitra.products.Product;
import app.mitra.products.Products;
import app.mitra.products.Recall;
import app.mitra.reports.internal.export.CsvZip;
import app.mitra.reports.internal.export.MitraExport;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.TaperPlan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mitra's own export, as JSON or as the zip of CSV files, back into a plan, read as a stream twice:
 * first its products and batches (doses name them, wherever in the file they stand) and its schema,
 * then every other kind, record by record. Records get new ids (see {@link ImportContext}); doses keep
 * naming their products and batches through the new ids. Figures Mitra computes are recomputed, not read.
 */
@Component
class MitraReader {

    private static final String NOT_JSON = "This is not a Mitra JSON export, or it is cut short.";
    /** Read in the first reading: any dose may name them. */
    private static final Set<String> CATALOGUE = Set.of("products", "batches");
    /** Read in the second reading; acknowledgements only once the import is stored ({@link #acknowledgedJson}). */
    private static final Set<String> ENTRIES = Set.of("recalls", "checkIns", "doses", "substances", "withdrawals",
            "notes", "profile", "taper", "acknowledged");

    private final JsonMapper json;
    private final Limits limits;

    MitraReader(JsonMapper json, Limits limits) {
        this.json = json;
        this.limits = limits;
    }

    /** A row of the file: where it is (empty for the JSON file, else the CSV file's name), its line, its fields. */
    private record Row(String where, int line, JsonNode node) {
    }

    void readJson(Upload file, ImportPlan plan) {
        Records records = new Records(plan);
        String[] head = new String[2];
        JsonFile.read(file, json, limits, plan.rows(), NOT_JSON, root -> {
            if (root.current() != JsonToken.START_OBJECT) {
                throw new ImportRefused(1, "This is not a Mitra JSON export: it holds no object.");
            }
            JsonFile.properties(root, (name, value) -> {
                switch (name) {
                    case "schema" -> head[0] = JsonFile.scalar(value);
                    case "schemaVersion" -> head[1] = JsonFile.scalar(value);
                    default -> {
                        if (CATALOGUE.contains(name)) {
                            JsonFile.rows(value, row -> records.accept(name, new Row("", row.line(), row.node())));
                        }
                    }
                }
            });
        });
        checkSchema(head[0], version(head[1]));
        JsonFile.read(file, json, limits, plan.rows(), NOT_JSON, root -> JsonFile.properties(root, (name, value) -> {
            if (ENTRIES.contains(name)) {
                JsonFile.rows(value, row -> records.accept(name, new Row("", row.line(), row.node())));
            }
        }));
    }

    void readCsv(Upload file, ImportPlan plan) {
        Records records = new Records(plan);
        JsonNode[] head = new JsonNode[1];
        csvRows(file, plan.rows(), name -> name.equals(CsvZip.MANIFEST) || CATALOGUE.contains(kind(name)), row -> {
            if (row.file().equals(CsvZip.MANIFEST)) {
                head[0] = head[0] == null ? row.node() : head[0];
            } else {
                records.accept(kind(row.file()), new Row(row.file() + ": ", row.line(), row.node()));
            }
        }, plan);
        if (head[0] == null) {
            throw new ImportRefused(0, "This is not a Mitra CSV export: the zip has no manifest.csv.");
        }
        checkSchema(head[0].path("schema").asString(null), head[0].path("schemaVersion").asInt(0));
        csvRows(file, plan.rows(), name -> ENTRIES.contains(kind(name)),
                row -> records.accept(kind(row.file()), new Row(row.file() + ": ", row.line(), row.node())), plan);
    }

    /** After the import is stored: the acknowledgements of a JSON export, read from the file once more. */
    void acknowledgedJson(Upload file, Consumer<MitraExport.Acknowledged> acknowledged) {
        JsonFile.read(file, json, limits, new RowCount(limits), NOT_JSON, root -> JsonFile.properties(root,
                (name, value) -> {
                    if (name.equals("acknowledged")) {
                        JsonFile.rows(value, row -> bound(row.node(), acknowledged));
                    }
                }));
    }

    /** After the import is stored: the acknowledgements of a CSV zip, read from the file once more. */
    void acknowledgedCsv(Upload file, Consumer<MitraExport.Acknowledged> acknowledged) {
        try (InputStream in = file.open()) {
            CsvZip.read(in, json, limits, new RowCount(limits), name -> name.equals("acknowledged.csv"),
                    row -> bound(row.node(), acknowledged), error -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bound(JsonNode node, Consumer<MitraExport.Acknowledged> acknowledged) {
        try {
            acknowledged.accept(json.treeToValue(node, MitraExport.Acknowledged.class));
        } catch (JacksonException e) {
            // refused in the first pass already; a file cannot change between the passes
        }
    }

    private void csvRows(Upload file, RowCount rows, Predicate<String> files,
            Consumer<CsvZip.Row> row, ImportPlan plan) {
        try (InputStream in = file.open()) {
            CsvZip.read(in, json, limits, rows, files, row, error -> plan.error(error.line(), error.message()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(String file) {
        return file.endsWith(".csv") ? file.substring(0, file.length() - ".csv".length()) : file;
    }

    private static int version(String text) {
        try {
            return text == null ? 0 : new BigDecimal(text.strip()).intValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void checkSchema(String schema, int version) {
        if (!MitraExport.SCHEMA.equals(schema)) {
            throw new ImportRefused(1, "This is not a Mitra export: \"schema\": \"" + MitraExport.SCHEMA
                    + "\" is missing.");
        }
        if (version < 1 || version > MitraExport.VERSION) {
            throw new ImportRefused(1, "This export has schema version " + version + "; this Mitra reads versions 1 to "
                    + MitraExport.VERSION + ". A newer Mitra made it: update this one first.");
        }
    }

    /** Each row of the file into the plan, by its kind; the ids a file gives its products and batches map to the new ones. */
    private final class Records {

        private final ImportPlan plan;
        private final Map<UUID, UUID> productIds = new HashMap<>();
        private final Map<UUID, UUID> batchIds = new HashMap<>();

        Records(ImportPlan plan) {
            this.plan = plan;
        }

        void accept(String kind, Row row) {
            switch (kind) {
                case "products" -> read(row, MitraExport.Product.class, this::product);
                case "batches" -> read(row, MitraExport.Batch.class, this::batch);
                case "recalls" -> read(row, MitraExport.Recall.class, r -> plan.recall(new Recall(
                        plan.id("recall:" + key(r.id(), row)), r.vendor(), r.product(), r.batchCode(), r.reason(),
                        r.source(), r.recalledOn())));
                case "checkIns" -> read(row, MitraExport.CheckIn.class, c -> plan.checkIn(row.line(), () -> {
                    UUID id = plan.id("checkin:" + key(c.id(), row));
                    return new Entry<>(row.line(), id, new CheckInInput(id, c.takenAt(), c.pain(), c.painTypes(),
                            c.bodySites(), c.enjoyment(), c.activity(), c.mood(), c.anxiety(), c.energy(),
                            c.sleepQuality(), c.sideEffects(), c.note()), zone(row, c.timeZone()), c.createdAt(),
                            c.updatedAt());
                }));
                case "doses" -> read(row, MitraExport.Dose.class, d -> dose(row, d));
                case "substances" -> read(row, MitraExport.Substance.class, s -> plan.substance(row.line(), () -> {
                    UUID id = plan.id("substance:" + key(s.id(), row));
                    return new Entry<>(row.line(), id, new SubstanceInput(id, s.takenAt(), s.kind(), s.name(),
                            s.amount(), s.unit(), s.note()), zone(row, s.timeZone()), s.createdAt(), s.updatedAt());
                }));
                case "withdrawals" -> read(row, MitraExport.Withdrawal.class, w -> plan.withdrawal(row.line(), () -> {
                    UUID id = plan.id("withdrawal:" + key(w.id(), row));
                    return new Entry<>(row.line(), id, new WithdrawalInput(id, w.takenAt(), w.symptoms(), w.note()),
                            zone(row, w.timeZone()), w.createdAt(), w.updatedAt());
                }));
                case "notes" -> read(row, MitraExport.Note.class, n -> plan.note(row.line(), () -> {
                    UUID id = plan.id("note:" + key(n.id(), row));
                    return new Entry<>(row.line(), id, new NoteInput(id, n.takenAt(), n.title(), n.text(), n.mood(),
                            n.tags()), zone(row, n.timeZone()), n.createdAt(), n.updatedAt());
                }));
                case "profile" -> read(row, MitraExport.Profile.class, p -> plan.profile(new HealthProfile(
                        zone(row, p.timeZone()), p.age(), p.conditions(), p.medications(), p.substances(),
                        p.jurisdiction(), p.dailyLimitMg(), p.maxDosesPerDay())));
                case "taper" -> read(row, MitraExport.Taper.class, t -> plan.taper(new TaperPlan(t.startMg(),
                        t.reductionMg(), t.reductionPercent(), t.stepDays(), t.startDate(), t.endMg()),
                        t.pauses() == null ? List.of() : t.pauses()));
                case "acknowledged" -> read(row, MitraExport.Acknowledged.class, plan::acknowledged);
                default -> {
                    // a file of the zip that is no kind of the export is left alone
                }
            }
        }

        private void product(MitraExport.Product p, Row row) {
            UUID id = plan.id("product:" + key(p.id(), row));
            Instant created = p.createdAt() != null ? p.createdAt() : Instant.now();
            Product product = new Product(id, p.name(), p.vendor(), p.strain(), p.vein(), p.form(), p.capsuleMg(),
                    p.extractRatio(), p.alkaloidMgPerUnit(), Boolean.TRUE.equals(p.archived()), created,
                    p.updatedAt() != null ? p.updatedAt() : created);
            Products.input(product);
            plan.product(product);
            if (p.id() != null) {
                productIds.put(p.id(), id);
            }
        }

        private void batch(MitraExport.Batch b, Row row) {
            UUID product = b.productId() == null ? null : productIds.get(b.productId());
            if (product == null) {
                plan.error(row.line(), row.where() + "productId names no product of this export");
                return;
            }
            UUID id = plan.id("batch:" + key(b.id(), row));
            Instant created = b.createdAt() != null ? b.createdAt() : Instant.now();
            Coa coa = !Boolean.TRUE.equals(b.certificate()) ? null : new Coa(b.coaLab(), b.coaTestedOn(),
                    b.coaBatchCode(), b.mitragyninePercent(), b.sevenOhPercent(), b.totalAlkaloidsPercent(),
                    b.leadUgPerG(), b.arsenicUgPerG(), b.cadmiumUgPerG(), b.mercuryUgPerG(), b.salmonella(),
                    b.eColi(), b.totalAerobicCfuPerG(), b.yeastMoldCfuPerG());
            Batch batch = new Batch(id, product, b.batchCode(), b.purchasedOn(), coa, null, created,
                    b.updatedAt() != null ? b.updatedAt() : created);
            Batches.input(batch);
            plan.batch(batch);
            if (b.id() != null) {
                batchIds.put(b.id(), id);
            }
        }

        private void dose(Row row, MitraExport.Dose d) {
            UUID product = d.productId() == null ? null : productIds.get(d.productId());
            if (d.productId() != null && product == null) {
                plan.error(row.line(), row.where() + "productId names no product of this export");
                return;
            }
            UUID batch = d.batchId() == null ? null : batchIds.get(d.batchId());
            if (d.batchId() != null && batch == null) {
                plan.error(row.line(), row.where() + "batchId names no batch of this export");
                return;
            }
            plan.dose(row.line(), () -> {
                UUID id = plan.id("dose:" + key(d.id(), row));
                return new Entry<>(row.line(), id, new DoseInput(id, d.takenAt(), d.form(), d.amount(), d.unit(),
                        product, batch, d.method(), d.note()), zone(row, d.timeZone()), d.createdAt(), d.updatedAt());
            });
        }

        /** Reads one row as its kind's record and hands it on; what does not fit is a problem on its line. */
        private <T extends Record> void read(Row row, Class<T> type, BiConsumer<T, Row> use) {
            T value;
            try {
                value = json.treeToValue(row.node(), type);
            } catch (JacksonException e) {
                plan.error(row.line(), row.where() + "a field has the wrong type or format ("
                        + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
                return;
            }
            plan.validated(row.line(), () -> use.accept(value, row));
        }

        private <T extends Record> void read(Row row, Class<T> type, Consumer<T> use) {
            read(row, type, (value, where) -> use.accept(value));
        }

        /** The zone an entry was logged in; a zone this Java does not know is a problem, not a silent UTC. */
        private String zone(Row row, String zone) {
            if (zone == null) {
                return null;
            }
            try {
                return ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                plan.error(row.line(), row.where() + "timeZone \"" + zone + "\" is not a known time zone");
                return null;
            }
        }
    }

    private static String key(UUID id, Row row) {
        return id != null ? id.toString() : row.where() + "line " + row.line();
    }
}
