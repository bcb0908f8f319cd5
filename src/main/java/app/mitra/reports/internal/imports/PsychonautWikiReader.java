package app.mitra.reports.internal.imports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.mitra.common.limits.JsonRecords;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.Upload;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.Method;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Unit;
import app.mitra.products.Form;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PsychonautWiki Journal's export (Android and iOS write the same JSON). Kratom under any of its
 * names becomes a dose; anything else a substance entry. A dose logged for someone else
 * ({@code consumerName}) is skipped and reported. Unknown keys, a lower-case or unknown route,
 * timestamps written as floats and sections of the wrong type are tolerated: what Mitra has no field
 * for (route, estimate, stomach, the experience) goes into the note.
 */
@Component
class PsychonautWikiReader {

    private static final String NOT_THIS = "This is not a PsychonautWiki Journal export, or it is cut short.";
    private static final Set<String> KNOWN = Set.of("experiences", "substanceCompanions", "customSubstances",
            "customUnits");

    private final JsonMapper json;
    private final Limits limits;

    PsychonautWikiReader(JsonMapper json, Limits limits) {
        this.json = json;
        this.limits = limits;
    }

    /** An experience's title and story, which its ingestions' notes carry. */
    private record Header(String title, String story) {
    }

    /**
     * Read twice as a stream. The first reading finds whether this is a journal export at all, and the
     * titles and stories of the rare experiences that list their ingestions before them (the apps write
     * them first); the second reads each ingestion as it comes.
     */
    void read(Upload file, ImportPlan plan) {
        Map<Integer, Header> late = new HashMap<>();
        boolean[] known = {false};
        int[] rootLine = {1};
        JsonToken[] experiences = {null};
        JsonFile.read(file, json, limits, plan.rows(), NOT_THIS, root -> {
            rootLine[0] = root.line();
            if (root.current() != JsonToken.START_OBJECT) {
                root.skip();
                return;
            }
            JsonFile.properties(root, (name, value) -> {
                known[0] |= KNOWN.contains(name);
                if (name.equals("experiences")) {
                    experiences[0] = value.current();
                    experiences(value, plan, late, true, rootLine[0]);
                }
            });
        });
        if (!known[0]) {
            throw new ImportRefused(1, "This is not a PsychonautWiki Journal export: it has no \"experiences\".");
        }
        if (experiences[0] != null && experiences[0] != JsonToken.START_ARRAY && experiences[0] != JsonToken.VALUE_NULL) {
            throw new ImportRefused(rootLine[0], "\"experiences\" is not a list.");
        }
        JsonFile.read(file, json, limits, plan.rows(), NOT_THIS, root -> JsonFile.properties(root, (name, value) -> {
            if (name.equals("experiences")) {
                experiences(value, plan, late, false, rootLine[0]);
            }
        }));
    }

    /**
     * Walks the list of experiences. The first reading only notes the headers that come late; the
     * second hands each ingestion on with its experience's title (and, to the first, its story).
     */
    private void experiences(JsonRecords list, ImportPlan plan, Map<Integer, Header> late, boolean firstReading,
            int rootLine) {
        if (list.current() != JsonToken.START_ARRAY) {
            return;
        }
        int index = 0;
        for (JsonToken item = list.next(); item != JsonToken.END_ARRAY && item != null; item = list.next(), index++) {
            if (item != JsonToken.START_OBJECT) {
                list.skip();
                if (!firstReading) {
                    plan.skip(rootLine, "an experience that is not an object was left out");
                }
                continue;
            }
            String title = null;
            String story = null;
            boolean ingestionsMet = false;
            boolean headerLate = false;
            boolean first = true;
            for (JsonToken field = list.next(); field != JsonToken.END_OBJECT && field != null; field = list.next()) {
                String name = list.name();
                list.next();
                switch (name) {
                    case "title", "text" -> {
                        String value = clean(JsonFile.scalar(list));
                        title = name.equals("title") ? value : title;
                        story = name.equals("text") ? value : story;
                        headerLate |= ingestionsMet;
                    }
                    case "ingestions" -> {
                        ingestionsMet = true;
                        if (!firstReading && list.current() == JsonToken.START_ARRAY) {
                            Header header = late.getOrDefault(index, new Header(title, story));
                            first = ingestions(list, plan, header, first);
                        } else {
                            list.skip();
                        }
                    }
                    default -> list.skip();
                }
            }
            if (firstReading && headerLate) {
                late.put(index, new Header(title, story));
            }
        }
    }

    /** The ingestions of one experience; answers whether its story is still to be told. */
    private boolean ingestions(JsonRecords list, ImportPlan plan, Header header, boolean first) {
        boolean untold = first;
        for (JsonToken item = list.next(); item != JsonToken.END_ARRAY && item != null; item = list.next()) {
            int line = list.line();
            JsonNode ingestion = list.record();
            if (ingestion.isObject()) {
                ingestion(plan, line, ingestion, Names.note(header.title() == null ? null : "Experience: " + header.title(),
                        untold ? header.story() : null));
                untold = false;
            } else {
                plan.skip(line, "an ingestion that is not an object was left out");
            }
        }
        return untold;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void ingestion(ImportPlan plan, int line, JsonNode ingestion, String experience) {
        String name = text(ingestion, "substanceName");
        Instant time = millis(ingestion.get("time"));
        String consumer = text(ingestion, "consumerName");
        if (consumer != null) {
            plan.skip(line, "logged for someone else (" + consumer + "), not you");
            return;
        }
        if (name == null || time == null) {
            plan.skip(line, name == null ? "an ingestion with no substance name" : "an ingestion with no time");
            return;
        }
        String units = text(ingestion, "units");
        JsonNode doseNode = ingestion.get("dose");
        Double amount = doseNode != null && doseNode.isNumber() ? Double.valueOf(doseNode.asDouble())
                : doseNode != null && doseNode.isString() ? number(doseNode.asString()) : null;
        String note = Names.note(text(ingestion, "notes"), details(ingestion, time), experience);
        String key = "ingestion:" + time.toEpochMilli() + "|" + name + "|" + amount + "|" + units + "|"
                + text(ingestion, "administrationRoute");
        if (Names.isKratom(name)) {
            kratom(plan, line, key, time, amount, units, note);
        } else {
            other(plan, line, key, name, time, amount, units, note);
        }
    }

    private static void kratom(ImportPlan plan, int line, String key, Instant time, Double amount, String units,
            String note) {
        Unit unit = Names.doseUnit(units);
        if (amount == null || amount <= 0) {
            plan.skip(line, "a kratom dose with no amount (\"unknown dose\")");
            return;
        }
        if (unit == null) {
            plan.skip(line, "a kratom dose in \"" + units + "\", which has no weight in grams");
            return;
        }
        double inUnit = amount * Names.doseFactor(units);
        if (unit == Unit.MG && inUnit < 1) {
            plan.skip(line, "a kratom dose below 1 mg");
            return;
        }
        plan.dose(line, () -> {
            java.util.UUID id = plan.id(key);
            return Entry.of(line, id, new DoseInput(id, time, Form.POWDER, inUnit, unit, null, null, null, note));
        });
    }

    private static void other(ImportPlan plan, int line, String key, String name, Instant time, Double amount,
            String units, String note) {
        boolean alcohol = Names.isAlcohol(name);
        SubstanceUnit unit = alcohol ? null : Names.substanceUnit(units);
        boolean measured = amount != null && amount > 0 && unit != null;
        double factor = Names.doseFactor(units);
        String unmapped = measured || amount == null ? null
                : "dose: " + BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString() + " " + units;
        plan.substance(line, () -> {
            java.util.UUID id = plan.id(key);
            return Entry.of(line, id, new SubstanceInput(id, time, alcohol ? SubstanceKind.ALCOHOL : SubstanceKind.OTHER,
                    Names.clip(name), measured ? amount * factor : null, measured ? unit : null,
                    Names.note(unmapped, amount == null ? "unknown dose" : null, note)));
        });
    }

    /** What the journal has no field for, in words: route, estimate, stomach, duration. */
    private static String details(JsonNode ingestion, Instant time) {
        String route = text(ingestion, "administrationRoute");
        StringBuilder text = new StringBuilder();
        if (route != null && !"ORAL".equalsIgnoreCase(route)) {
            text.append("route: ").append(route.toLowerCase(Locale.ROOT)).append("; ");
        }
        if (ingestion.path("isDoseAnEstimate").asBoolean(false)) {
            JsonNode sd = ingestion.get("estimatedDoseStandardDeviation");
            text.append("estimated").append(sd != null && sd.isNumber() ? " (± " + sd.asDouble() + ")" : "").append("; ");
        }
        String fullness = text(ingestion, "stomachFullness");
        if (fullness != null) {
            text.append("stomach: ").append(fullness.toLowerCase(Locale.ROOT)).append("; ");
        }
        Instant end = millis(ingestion.get("endTime"));
        if (end != null && end.isAfter(time)) {
            text.append("taken over ").append(Duration.between(time, end).toMinutes()).append(" min; ");
        }
        return text.isEmpty() ? null : "PsychonautWiki: " + text.substring(0, text.length() - 2);
    }

    /** Epoch milliseconds, written as a whole number, a float ({@code 1.6472760E12}) or a numeric string. */
    private static Instant millis(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Double value = node.isNumber() ? Double.valueOf(node.asDouble()) : node.isString() ? number(node.asString()) : null;
        return value == null || value.isNaN() || value.isInfinite() ? null : Instant.ofEpochMilli(value.longValue());
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() || value.asString().isBlank() ? null
                : value.asString().strip();
    }
}
