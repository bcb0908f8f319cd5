package app.mitra.reports.internal.imports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.Method;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Unit;
import app.mitra.products.Form;
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

    private final JsonMapper json;

    PsychonautWikiReader(JsonMapper json) {
        this.json = json;
    }

    ImportPlan read(byte[] file, ImportContext context) {
        LocatedJson located = LocatedJson.read(file, json, NOT_THIS);
        JsonNode root = located.root();
        boolean known = root.isObject() && (root.has("experiences") || root.has("substanceCompanions")
                || root.has("customSubstances") || root.has("customUnits"));
        if (!known) {
            throw new ImportRefused(1, "This is not a PsychonautWiki Journal export: it has no \"experiences\".");
        }
        JsonNode experiences = root.path("experiences");
        if (!experiences.isMissingNode() && !experiences.isArray() && !experiences.isNull()) {
            throw new ImportRefused(located.line(root), "\"experiences\" is not a list.");
        }
        ImportPlan plan = new ImportPlan(context, ImportFormat.PSYCHONAUTWIKI_JOURNAL);
        for (JsonNode experience : experiences) {
            if (!experience.isObject()) {
                plan.skip(located.line(root), "an experience that is not an object was left out");
                continue;
            }
            String title = text(experience, "title");
            String story = text(experience, "text");
            boolean first = true;
            JsonNode ingestions = experience.path("ingestions");
            for (JsonNode ingestion : ingestions.isArray() ? ingestions : json.createArrayNode()) {
                int line = located.line(ingestion);
                if (ingestion.isObject()) {
                    ingestion(plan, line, ingestion, Names.note(title == null ? null : "Experience: " + title,
                            first ? story : null));
                    first = false;
                } else {
                    plan.skip(line, "an ingestion that is not an object was left out");
                }
            }
        }
        return plan;
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
