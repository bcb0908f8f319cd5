package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.common.limits.Limits;
import app.mitra.common.limits.Upload;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.Unit;
import app.mitra.products.Form;
import app.mitra.products.Product;
import tools.jackson.core.JsonToken;
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

    private static final String NOT_BACKUP = "This is not a Herbal Tracker+ backup, or it is cut short.";

    private final JsonMapper json;
    private final Limits limits;

    HerbalTrackerReader(JsonMapper json, Limits limits) {
        this.json = json;
        this.limits = limits;
    }

    /** A strain the backup lists, which its dosages name by id. */
    private record Strain(String name, String code) {
    }

    void read(Upload file, ImportPlan plan) {
        if (startsLikeJson(file)) {
            backup(file, plan);
        } else {
            csv(file, plan);
        }
    }

    private static boolean startsLikeJson(Upload file) {
        try (InputStream in = file.open()) {
            String start = new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return start.startsWith("{") || start.startsWith("[");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(Upload file, ImportPlan plan) {
        Map<String, UUID> strains = new HashMap<>();
        ZoneId zone = plan.context().zone();
        CsvFile.read(file, "Herbal Tracker+", List.of("date", "time", "iso_timestamp", "strain_code", "strain_name",
                "amount_g"), limits, plan.rows(), line -> {
                    Optional<Instant> takenAt = LocalTimes.iso(line.get("iso_timestamp"), zone).or(() -> LocalTimes
                            .isoDate(line.get("date")).flatMap(d -> LocalTimes.clock(line.get("time"))
                                    .map(t -> LocalTimes.at(d, t, zone))));
                    if (takenAt.isEmpty()) {
                        plan.error(line.number(), "no time: iso_timestamp \"" + line.get("iso_timestamp")
                                + "\" and date and time are not readable");
                        return;
                    }
                    String code = line.get("strain_code");
                    UUID product = UNKNOWN_CODE.equals(code) || (code.isEmpty() && !line.has("strain_name")) ? null
                            : strain(plan, strains, code + "|" + line.get("strain_name"), line.get("strain_name"), code);
                    dose(plan, line.number(), takenAt.get(), line.get("amount_g"), product,
                            product == null ? "Herbal Tracker+: strain unknown" : null, line.get("notes"),
                            takenAt.get().toEpochMilli() + "|" + code + "|" + line.get("amount_g"));
                });
    }

    /**
     * A backup read twice as a stream: first its version, its strains and whether it has a list of
     * dosages (in any order), then the dosages one by one. A bare list is all dosages.
     */
    private void backup(Upload file, ImportPlan plan) {
        Map<String, Strain> known = new HashMap<>();
        int[] version = {BACKUP_VERSION};
        int[] rootLine = {1};
        boolean[] dosages = {false};
        JsonFile.read(file, json, limits, plan.rows(), NOT_BACKUP, root -> {
            rootLine[0] = root.line();
            if (root.current() == JsonToken.START_ARRAY) {
                dosages[0] = true;
            } else if (root.current() == JsonToken.START_OBJECT) {
                JsonFile.properties(root, (name, value) -> {
                    switch (name) {
                        case "version" -> version[0] = version(JsonFile.scalar(value));
                        case "dosages" -> dosages[0] = value.current() == JsonToken.START_ARRAY;
                        case "strains" -> JsonFile.rows(value, row -> {
                            JsonNode strain = row.node();
                            if (strain.isObject() && strain.hasNonNull("id")) {
                                known.put(strain.get("id").asString(), new Strain(strain.path("name").asString(""),
                                        strain.path("code").asString("")));
                            }
                        });
                        default -> {
                            // other parts of the backup (settings, reminders) are not part of a journal
                        }
                    }
                });
            }
            if (root.current() == JsonToken.START_ARRAY) {
                root.skip();
            }
        });
        if (!dosages[0]) {
            throw new ImportRefused(1, "This is not a Herbal Tracker+ backup: it has no \"dosages\" list.");
        }
        if (version[0] > BACKUP_VERSION) {
            throw new ImportRefused(rootLine[0], "This backup has version " + version[0]
                    + "; Mitra reads Herbal Tracker+ backups up to version " + BACKUP_VERSION + ".");
        }
        Map<String, UUID> strains = new HashMap<>();
        JsonFile.read(file, json, limits, plan.rows(), NOT_BACKUP, root -> {
            if (root.current() == JsonToken.START_ARRAY) {
                JsonFile.rows(root, row -> dosage(plan, row, known, strains));
            } else {
                JsonFile.properties(root, (name, value) -> {
                    if (name.equals("dosages")) {
                        JsonFile.rows(value, row -> dosage(plan, row, known, strains));
                    }
                });
            }
        });
    }

    private static int version(String text) {
        try {
            return text == null ? BACKUP_VERSION : new java.math.BigDecimal(text.strip()).intValue();
        } catch (NumberFormatException e) {
            return BACKUP_VERSION;
        }
    }

    private static void dosage(ImportPlan plan, JsonFile.Row row, Map<String, Strain> known, Map<String, UUID> strains) {
        JsonNode dosage = row.node();
        int line = row.line();
        if (!dosage.isObject()) {
            plan.error(line, "a dosage that is not an object");
            return;
        }
        Optional<Instant> takenAt = LocalTimes.iso(dosage.path("timestamp").asString(""), plan.context().zone());
        if (takenAt.isEmpty()) {
            plan.error(line, "timestamp \"" + dosage.path("timestamp").asString("") + "\" is not a date and time");
            return;
        }
        String strainId = dosage.path("strainId").asString("");
        Strain strain = known.get(strainId);
        UUID product = strain == null ? null : strain(plan, strains, "id:" + strainId, strain.name(), strain.code());
        String key = dosage.hasNonNull("id") ? "dosage:" + dosage.get("id").asString()
                : takenAt.get().toEpochMilli() + "|" + strainId + "|" + dosage.path("amount").asString("");
        dose(plan, line, takenAt.get(), dosage.path("amount").asString(""), product,
                strain == null ? "Herbal Tracker+: strain not in the backup" : null, dosage.path("notes").asString(""), key);
    }

    /** The product standing for a strain, made once per strain of the file. */
    private static UUID strain(ImportPlan plan, Map<String, UUID> strains, String key, String name, String code) {
        return strains.computeIfAbsent(key, k -> {
            UUID id = plan.id("strain:" + k);
            Instant now = Instant.now();
            String productName = Names.clip(name.isBlank() ? code : name);
            plan.product(new Product(id, productName.isBlank() ? "Herbal Tracker+ strain" : productName, null,
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
