package app.mitra.reports.internal.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

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
import app.mitra.products.Recall;
import app.mitra.products.Products;
import app.mitra.reports.internal.export.CsvZip;
import app.mitra.reports.internal.export.Kind;
import app.mitra.reports.internal.export.MitraExport;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.TaperPlan;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mitra's own export, as JSON or as the zip of CSV files, back into a plan. Records get new ids
 * (see {@link ImportContext}); doses keep naming their products and batches through the new ids. Figures Mitra
 * computes are recomputed, not read.
 */
@Component
class MitraReader {

    private final JsonMapper json;

    MitraReader(JsonMapper json) {
        this.json = json;
    }

    /** A row of the file: where it is (empty for the JSON file, else the CSV file's name), its line, its fields. */
    private record Row(String where, int line, JsonNode node) {
    }

    ImportPlan readJson(byte[] file, ImportContext context) {
        LocatedJson located = LocatedJson.read(file, json, "This is not a Mitra JSON export, or it is cut short.");
        JsonNode root = located.root();
        if (!root.isObject()) {
            throw new ImportRefused(1, "This is not a Mitra JSON export: it holds no object.");
        }
        checkSchema(root.path("schema").asString(null), root.path("schemaVersion").asInt(0));
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (Kind kind : Kind.ALL) {
            JsonNode value = root.get(kind.name());
            List<Row> kindRows = new ArrayList<>();
            if (value != null && value.isArray()) {
                value.forEach(node -> kindRows.add(new Row("", located.line(node), node)));
            } else if (value != null && value.isObject()) {
                kindRows.add(new Row("", located.line(value), value));
            }
            rows.put(kind.name(), kindRows);  // a kind an older export lacks is simply empty
        }
        return plan(rows, ImportFormat.MITRA_JSON, context);
    }

    ImportPlan readCsv(byte[] file, ImportContext context) {
        Map<String, List<CsvZip.Row>> files = CsvZip.read(file, json);
        List<CsvZip.Row> manifest = files.get(CsvZip.MANIFEST);
        JsonNode head = manifest.isEmpty() ? json.createObjectNode() : manifest.get(0).node();
        checkSchema(head.path("schema").asString(null), head.path("schemaVersion").asInt(0));
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (Kind kind : Kind.ALL) {
            rows.put(kind.name(), files.getOrDefault(kind.name() + ".csv", List.of()).stream()
                    .map(r -> new Row(r.file() + ": ", r.line(), r.node())).toList());
        }
        return plan(rows, ImportFormat.MITRA_CSV, context);
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

    private ImportPlan plan(Map<String, List<Row>> rows, ImportFormat format, ImportContext context) {
        ImportPlan plan = new ImportPlan(context, format);
        Map<UUID, UUID> productIds = new HashMap<>();
        for (Row row : rows.get("products")) {
            read(plan, row, MitraExport.Product.class, p -> {
                UUID id = plan.id("product:" + key(p.id(), row));
                Instant created = p.createdAt() != null ? p.createdAt() : Instant.now();
                Product product = new Product(id, p.name(), p.vendor(), p.strain(), p.vein(), p.form(), p.capsuleMg(),
                        p.extractRatio(), p.alkaloidMgPerUnit(), Boolean.TRUE.equals(p.archived()), created,
                        p.updatedAt() != null ? p.updatedAt() : created);
                Products.input(product);
                plan.products.add(product);
                if (p.id() != null) {
                    productIds.put(p.id(), id);
                }
            });
        }
        Map<UUID, UUID> batchIds = new HashMap<>();
        for (Row row : rows.get("batches")) {
            read(plan, row, MitraExport.Batch.class, b -> {
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
                plan.batches.add(batch);
                if (b.id() != null) {
                    batchIds.put(b.id(), id);
                }
            });
        }
        for (Row row : rows.get("recalls")) {
            read(plan, row, MitraExport.Recall.class, r -> plan.recalls.add(new Recall(
                    plan.id("recall:" + key(r.id(), row)), r.vendor(), r.product(), r.batchCode(), r.reason(),
                    r.source(), r.recalledOn())));
        }
        for (Row row : rows.get("checkIns")) {
            read(plan, row, MitraExport.CheckIn.class, c -> plan.checkIn(row.line(), () -> {
                UUID id = plan.id("checkin:" + key(c.id(), row));
                return new Entry<>(row.line(), id, new CheckInInput(id, c.takenAt(), c.pain(), c.painTypes(),
                        c.bodySites(), c.enjoyment(), c.activity(), c.mood(), c.anxiety(), c.energy(), c.sleepQuality(),
                        c.sideEffects(), c.note()), zone(plan, row, c.timeZone()), c.createdAt(), c.updatedAt());
            }));
        }
        for (Row row : rows.get("doses")) {
            read(plan, row, MitraExport.Dose.class, d -> {
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
                            product, batch, d.method(), d.note()), zone(plan, row, d.timeZone()), d.createdAt(),
                            d.updatedAt());
                });
            });
        }
        for (Row row : rows.get("substances")) {
            read(plan, row, MitraExport.Substance.class, s -> plan.substance(row.line(), () -> {
                UUID id = plan.id("substance:" + key(s.id(), row));
                return new Entry<>(row.line(), id, new SubstanceInput(id, s.takenAt(), s.kind(), s.name(), s.amount(),
                        s.unit(), s.note()), zone(plan, row, s.timeZone()), s.createdAt(), s.updatedAt());
            }));
        }
        for (Row row : rows.get("withdrawals")) {
            read(plan, row, MitraExport.Withdrawal.class, w -> plan.withdrawal(row.line(), () -> {
                UUID id = plan.id("withdrawal:" + key(w.id(), row));
                return new Entry<>(row.line(), id, new WithdrawalInput(id, w.takenAt(), w.symptoms(), w.note()),
                        zone(plan, row, w.timeZone()), w.createdAt(), w.updatedAt());
            }));
        }
        for (Row row : rows.get("notes")) {
            read(plan, row, MitraExport.Note.class, n -> plan.note(row.line(), () -> {
                UUID id = plan.id("note:" + key(n.id(), row));
                return new Entry<>(row.line(), id, new NoteInput(id, n.takenAt(), n.title(), n.text(), n.mood(),
                        n.tags()), zone(plan, row, n.timeZone()), n.createdAt(), n.updatedAt());
            }));
        }
        for (Row row : rows.get("profile")) {
            read(plan, row, MitraExport.Profile.class, p -> plan.profile = new HealthProfile(
                    zone(plan, row, p.timeZone()), p.age(), p.conditions(), p.medications(), p.substances(),
                    p.jurisdiction(), p.dailyLimitMg(), p.maxDosesPerDay()));
        }
        for (Row row : rows.get("taper")) {
            read(plan, row, MitraExport.Taper.class, t -> {
                plan.taper = new TaperPlan(t.startMg(), t.reductionMg(), t.reductionPercent(), t.stepDays(),
                        t.startDate(), t.endMg());
                plan.taperPauses = t.pauses() == null ? List.of() : List.copyOf(t.pauses());
            });
        }
        for (Row row : rows.get("acknowledged")) {
            read(plan, row, MitraExport.Acknowledged.class, plan.acknowledged::add);
        }
        return plan;
    }

    /** Reads one row as its kind's record and hands it on; what does not fit is a problem on its line. */
    private <T extends Record> void read(ImportPlan plan, Row row, Class<T> type, java.util.function.Consumer<T> use) {
        T value;
        try {
            value = json.treeToValue(row.node(), type);
        } catch (JacksonException e) {
            plan.error(row.line(), row.where() + "a field has the wrong type or format ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
            return;
        }
        plan.validated(row.line(), () -> use.accept(value));
    }

    private static String key(UUID id, Row row) {
        return id != null ? id.toString() : row.where() + "line " + row.line();
    }

    /** The zone an entry was logged in; a zone this Java does not know is a problem, not a silent UTC. */
    private static String zone(ImportPlan plan, Row row, String zone) {
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
