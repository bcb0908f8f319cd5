package app.mitra.reports.internal.imports;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.Unit;
import app.mitra.products.Form;
import app.mitra.products.Product;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Herbal Tracker+ (formerly Kratom Tracker): its CSV export and its JSON backup (version 1, or a bare
 * list of dosages), told apart by their first character. Every row is a kratom dose in grams; each
 * strain becomes a powder product of the person's, so the dose keeps naming it (a deleted strain,
 * {@code ???}, names none).
 */
@Component
class HerbalTrackerReader {

    static final int BACKUP_VERSION = 1;
    private static final String UNKNOWN_CODE = "???";

    private final JsonMapper json;

    HerbalTrackerReader(JsonMapper json) {
        this.json = json;
    }

    ImportPlan read(byte[] file, ImportContext context) {
        String start = new String(file, 0, Math.min(file.length, 64), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? backup(file, context) : csv(file, context);
    }

    private ImportPlan csv(byte[] file, ImportContext context) {
        List<CsvFile.Line> lines = CsvFile.read(file, "Herbal Tracker+",
                List.of("date", "time", "iso_timestamp", "strain_code", "strain_name", "amount_g"), ',');
        ImportPlan plan = new ImportPlan(context, ImportFormat.HERBAL_TRACKER);
        Map<String, UUID> strains = new HashMap<>();
        for (CsvFile.Line line : lines) {
            Optional<Instant> takenAt = LocalTimes.iso(line.get("iso_timestamp"), context.zone()).or(() -> LocalTimes
                    .isoDate(line.get("date")).flatMap(d -> LocalTimes.clock(line.get("time"))
                            .map(t -> LocalTimes.at(d, t, context.zone()))));
            if (takenAt.isEmpty()) {
                plan.error(line.number(), "no time: iso_timestamp \"" + line.get("iso_timestamp")
                        + "\" and date and time are not readable");
                continue;
            }
            String code = line.get("strain_code");
            UUID product = UNKNOWN_CODE.equals(code) || (code.isEmpty() && !line.has("strain_name")) ? null
                    : strain(plan, strains, code + "|" + line.get("strain_name"), line.get("strain_name"), code);
            dose(plan, line.number(), takenAt.get(), line.get("amount_g"), product,
                    product == null ? "Herbal Tracker+: strain unknown" : null, line.get("notes"),
                    takenAt.get().toEpochMilli() + "|" + code + "|" + line.get("amount_g"));
        }
        return plan;
    }

    private ImportPlan backup(byte[] file, ImportContext context) {
        LocatedJson located = LocatedJson.read(file, json, "This is not a Herbal Tracker+ backup, or it is cut short.");
        JsonNode root = located.root();
        JsonNode dosages = root.isArray() ? root : root.path("dosages");
        if (!dosages.isArray()) {
            throw new ImportRefused(1, "This is not a Herbal Tracker+ backup: it has no \"dosages\" list.");
        }
        int version = root.path("version").asInt(BACKUP_VERSION);
        if (version > BACKUP_VERSION) {
            throw new ImportRefused(located.line(root), "This backup has version " + version
                    + "; Mitra reads Herbal Tracker+ backups up to version " + BACKUP_VERSION + ".");
        }
        ImportPlan plan = new ImportPlan(context, ImportFormat.HERBAL_TRACKER);
        Map<String, UUID> strains = new HashMap<>();
        Map<String, JsonNode> known = new HashMap<>();
        for (JsonNode strain : root.path("strains")) {
            if (strain.isObject() && strain.hasNonNull("id")) {
                known.put(strain.get("id").asString(), strain);
            }
        }
        for (JsonNode dosage : dosages) {
            int line = located.line(dosage);
            if (!dosage.isObject()) {
                plan.error(line, "a dosage that is not an object");
                continue;
            }
            Optional<Instant> takenAt = LocalTimes.iso(dosage.path("timestamp").asString(""), context.zone());
            if (takenAt.isEmpty()) {
                plan.error(line, "timestamp \"" + dosage.path("timestamp").asString("") + "\" is not a date and time");
                continue;
            }
            String strainId = dosage.path("strainId").asString("");
            JsonNode strain = known.get(strainId);
            UUID product = strain == null ? null : strain(plan, strains, "id:" + strainId,
                    strain.path("name").asString(""), strain.path("code").asString(""));
            String key = dosage.hasNonNull("id") ? "dosage:" + dosage.get("id").asString()
                    : takenAt.get().toEpochMilli() + "|" + strainId + "|" + dosage.path("amount").asString("");
            dose(plan, line, takenAt.get(), dosage.path("amount").asString(""), product,
                    strain == null ? "Herbal Tracker+: strain not in the backup" : null,
                    dosage.path("notes").asString(""), key);
        }
        return plan;
    }

    /** The product standing for a strain, made once per strain of the file. */
    private static UUID strain(ImportPlan plan, Map<String, UUID> strains, String key, String name, String code) {
        return strains.computeIfAbsent(key, k -> {
            UUID id = plan.id("strain:" + k);
            Instant now = Instant.now();
            String productName = Names.clip(name.isBlank() ? code : name);
            plan.products.add(new Product(id, productName.isBlank() ? "Herbal Tracker+ strain" : productName, null,
                    code.isBlank() ? null : Names.clip(code), null, Form.POWDER, null, null, null, false, now, now));
            return id;
        });
    }

    private static void dose(ImportPlan plan, int line, Instant takenAt, String amountText, UUID product,
            String unmapped, String notes, String key) {
        Double grams;
        try {
            grams = amountText.isBlank() ? null : Double.valueOf(amountText.strip());
        } catch (NumberFormatException e) {
            plan.error(line, "amount \"" + amountText + "\" is not a number of grams");
            return;
        }
        if (grams == null || grams <= 0) {
            plan.skip(line, "a dose with no amount");
            return;
        }
        plan.dose(line, () -> {
            UUID id = plan.id(key);
            return Entry.of(line, id, new DoseInput(id, takenAt, Form.POWDER, grams, Unit.G, product, null, null,
                    Names.note(notes, unmapped)));
        });
    }

}
