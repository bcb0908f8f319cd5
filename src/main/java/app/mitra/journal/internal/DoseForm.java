package app.mitra.journal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import app.mitra.common.web.FormValues;
import app.mitra.journal.Dose;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Method;
import app.mitra.journal.Unit;
import app.mitra.products.Form;

/**
 * The dose form as typed: text only, so a refused form comes back exactly as it was sent. The
 * {@code id} is made when the form is shown, so a double tap or a resent form logs one dose.
 */
record DoseForm(String id, String takenAt, String form, String amount, String unit, String productId, String batchId,
        String method, String note) {

    static DoseForm blank() {
        return new DoseForm(UUID.randomUUID().toString(), null, Form.POWDER.name(), null, Unit.G.name(), null, null, null,
                null);
    }

    /** The next dose, like the last one: same product, form, amount and unit, taken now. */
    static DoseForm repeating(Dose last) {
        return new DoseForm(UUID.randomUUID().toString(), null, last.form().name(), plain(last.amount()),
                last.unit().name(), text(last.productId()), text(last.batchId()),
                last.method() == null ? null : last.method().name(), null);
    }

    static DoseForm editing(Dose dose, ZoneId zone) {
        return new DoseForm(dose.id().toString(), localTime(dose.takenAt(), zone), dose.form().name(),
                plain(dose.amount()), dose.unit().name(), text(dose.productId()), text(dose.batchId()),
                dose.method() == null ? null : dose.method().name(), dose.note());
    }

    DoseInput input(UUID fixedId, ZoneId zone) {
        return input(fixedId, zone, null);
    }

    /** The entry as edited; {@code stored} is its time before the edit (see {@link FormValues#time}). */
    DoseInput input(UUID fixedId, ZoneId zone, Instant stored) {
        FormValues values = new FormValues();
        UUID doseId = fixedId != null ? fixedId : values.id(id, "id");
        Instant time = values.time(takenAt, zone, Instant.now(), stored, "takenAt");
        Form doseForm = values.choice(form, Form.class, "form");
        Double quantity = values.decimal(amount, "amount");
        Unit doseUnit = values.choice(unit, Unit.class, "unit");
        UUID product = values.id(productId, "productId");
        UUID batch = values.id(batchId, "batchId");
        Method how = values.choice(method, Method.class, "method");
        return values.build(() -> new DoseInput(doseId, time, doseForm, quantity, doseUnit, product, batch, how, note));
    }

    /**
     * The form with the amount the person chose on "did you mean ...?" ({@code "5 G"}: amount and unit);
     * without a choice, or with one that cannot be read, the form as typed.
     */
    DoseForm meaning(String choice) {
        String[] parts = choice == null ? new String[0] : choice.strip().split(" ");
        if (parts.length != 2) {
            return this;
        }
        return new DoseForm(id, takenAt, form, parts[0], parts[1], productId, batchId, method, note);
    }

    /** The chosen product, or null when none (or unreadable: the form's own checks report that). */
    UUID productUuid() {
        try {
            return productId == null || productId.isBlank() ? null : UUID.fromString(productId.strip());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    static String plain(double amount) {
        return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }

    static String localTime(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
