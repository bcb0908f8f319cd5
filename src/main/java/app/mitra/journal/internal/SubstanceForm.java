package app.mitra.journal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import app.mitra.common.web.FormValues;
import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;

/**
 * The other-substance form as typed (alcohol in standard drinks, or a medicine by name). Like the
 * dose form, its id is made when it is shown, so a double tap logs one entry.
 */
record SubstanceForm(String id, String takenAt, String kind, String name, String amount, String unit, String note) {

    static SubstanceForm blank() {
        return new SubstanceForm(UUID.randomUUID().toString(), null, SubstanceKind.MEDICINE.name(), null, null,
                SubstanceUnit.MG.name(), null);
    }

    static SubstanceForm editing(Substance substance, ZoneId zone) {
        return new SubstanceForm(substance.id().toString(), DoseForm.localTime(substance.takenAt(), zone),
                substance.kind().name(), substance.name(),
                substance.amount() == null ? null : DoseForm.plain(substance.amount()),
                substance.unit() == null ? null : substance.unit().name(), substance.note());
    }

    SubstanceInput input(UUID fixedId, ZoneId zone) {
        return input(fixedId, zone, null);
    }

    /** The entry as edited; {@code stored} is its time before the edit (see {@link FormValues#time}). */
    SubstanceInput input(UUID fixedId, ZoneId zone, Instant stored) {
        FormValues values = new FormValues();
        UUID entryId = fixedId != null ? fixedId : values.id(id, "id");
        Instant time = values.time(takenAt, zone, Instant.now(), stored, "takenAt");
        SubstanceKind what = values.choice(kind, SubstanceKind.class, "kind");
        Double quantity = values.decimal(amount, "amount");
        // Alcohol is counted in standard drinks whatever unit the shared select still shows.
        SubstanceUnit substanceUnit = what == SubstanceKind.ALCOHOL ? SubstanceUnit.DRINKS
                : values.choice(unit, SubstanceUnit.class, "unit");
        return values.build(() -> new SubstanceInput(entryId, time, what, name, quantity,
                quantity == null ? null : substanceUnit, note));
    }
}
