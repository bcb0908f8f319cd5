package app.mitra.reports.internal.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import app.mitra.journal.CheckIn;
import app.mitra.journal.Dose;
import app.mitra.products.Product;
import app.mitra.reports.internal.Snapshot;

/**
 * A person's journal as a FHIR R4 {@code collection} Bundle (docs/research INSTRUMENTS.md, section 6):
 * a minimal Patient; a momentary pain rating as an Observation LOINC 72514-3; a PEG check-in as its
 * past-week pain item (75893-8) and the PEG mean (91147-9) with its three items as components; each
 * dose as a patient-reported MedicationStatement (kratom has no verified code, so it is text, with the
 * product, the dose in mg of material and the time taken); the profile's conditions as Conditions and
 * medicines as active MedicationStatements. Entries refer to each other by {@code urn:uuid} full URLs.
 */
@Component
public class FhirExport {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String NRS = "72514-3";
    static final String PEG_PAIN = "75893-8";
    static final String PEG_ENJOYMENT = "91145-3";
    static final String PEG_ACTIVITY = "91146-1";
    static final String PEG_MEAN = "91147-9";
    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String STATEMENT_CATEGORY =
            "http://terminology.hl7.org/CodeSystem/medication-statement-category";

    public Bundle bundle(Snapshot snapshot) {
        Bundle bundle = new Bundle().setType(BundleType.COLLECTION).setTimestamp(new Date());
        bundle.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue(urn(UUID.randomUUID()));
        Patient patient = new Patient();
        patient.setActive(true);
        Reference subject = add(bundle, patient, snapshot.userId());
        for (CheckIn checkIn : snapshot.checkIns()) {
            if (checkIn.peg() == null) {
                add(bundle, rating(checkIn, NRS, "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                        subject), checkIn.id());
            } else {
                add(bundle, rating(checkIn, PEG_PAIN, "Pain severity in the past week - 0-10 numeric rating [Reported]",
                        subject), null);
                add(bundle, peg(checkIn, subject), checkIn.id());
            }
        }
        for (Dose dose : snapshot.doses()) {
            add(bundle, dose(dose, snapshot.product(dose).orElse(null), subject), dose.id());
        }
        snapshot.profile().conditions().forEach(line -> add(bundle, condition(line, subject), null));
        snapshot.profile().medications().forEach(line -> add(bundle, medicine(line, subject), null));
        return bundle;
    }

    private static Reference add(Bundle bundle, Resource resource, UUID id) {
        String url = urn(id == null ? UUID.randomUUID() : id);
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return new Reference(url);
    }

    private static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    private static Observation rating(CheckIn checkIn, String code, String display, Reference subject) {
        Observation observation = survey(checkIn, subject);
        observation.getCode().addCoding(new Coding(LOINC, code, display));
        observation.setValue(score(checkIn.pain()));
        if (checkIn.bodySites() != null && !checkIn.bodySites().isEmpty()) {
            observation.getBodySite().setText(String.join(", ", checkIn.bodySites()));
        }
        if (checkIn.note() != null && !checkIn.note().isBlank()) {
            observation.addNote(new Annotation().setText(checkIn.note()));
        }
        return observation;
    }

    private static Observation peg(CheckIn checkIn, Reference subject) {
        Observation observation = survey(checkIn, subject);
        observation.getCode().addCoding(new Coding(LOINC, PEG_MEAN, "Mean score [PEG]"));
        observation.setValue(score(checkIn.peg()));
        component(observation, PEG_PAIN, "Pain severity in the past week", checkIn.pain());
        component(observation, PEG_ENJOYMENT, "Pain interference with enjoyment of life in the past week",
                checkIn.enjoyment());
        component(observation, PEG_ACTIVITY, "Pain interference with general activity in the past week",
                checkIn.activity());
        return observation;
    }

    private static void component(Observation observation, String code, String display, Integer value) {
        observation.addComponent().setCode(new CodeableConcept(new Coding(LOINC, code, display))).setValue(score(value));
    }

    private static Observation survey(CheckIn checkIn, Reference subject) {
        Observation observation = new Observation().setStatus(ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        observation.setSubject(subject).addPerformer(subject);
        observation.setEffective(time(checkIn.takenAt()));
        return observation;
    }

    private static Quantity score(Number value) {
        return new Quantity().setValue(new BigDecimal(value.toString())).setUnit("score").setSystem(UCUM)
                .setCode("{score}");
    }

    private static MedicationStatement dose(Dose dose, Product product, Reference subject) {
        MedicationStatement statement = statement(subject, MedicationStatementStatus.COMPLETED);
        String form = dose.form().name().toLowerCase(Locale.ROOT);
        statement.getMedicationCodeableConcept().setText("Kratom (Mitragyna speciosa), " + form
                + (product == null ? "" : ": " + product.name() + (product.vendor() == null ? "" : " (" + product.vendor() + ")")));
        statement.setEffective(time(dose.takenAt()));
        Dosage dosage = statement.addDosage();
        dosage.setText(BigDecimal.valueOf(dose.amount()).stripTrailingZeros().toPlainString() + " "
                + dose.unit().symbol() + " " + form + (dose.approximate() ? " (approximate)" : ""));
        dosage.setRoute(new CodeableConcept(new Coding(SNOMED, "26643006", "Oral route")));
        dosage.addDoseAndRate().setDose(new Quantity().setValue(dose.materialMg()).setUnit("mg").setSystem(UCUM)
                .setCode("mg"));
        StringBuilder note = new StringBuilder("Material taken: " + dose.materialMg() + " mg");
        if (dose.leafEquivalentMg() != null && dose.leafEquivalentMg() != dose.materialMg()) {
            note.append("; leaf equivalent: ").append(dose.leafEquivalentMg()).append(" mg");
        }
        if (dose.mitragynineMg() != null) {
            note.append("; mitragynine: ").append(dose.mitragynineMg()).append(" mg");
        }
        if (dose.sevenOhMg() != null) {
            note.append("; 7-hydroxymitragynine: ").append(dose.sevenOhMg()).append(" mg");
        }
        statement.addNote(new Annotation().setText(note.toString()));
        if (dose.note() != null && !dose.note().isBlank()) {
            statement.addNote(new Annotation().setText(dose.note()));
        }
        return statement;
    }

    private static MedicationStatement medicine(String line, Reference subject) {
        MedicationStatement statement = statement(subject, MedicationStatementStatus.ACTIVE);
        statement.getMedicationCodeableConcept().setText(line);
        return statement;
    }

    private static MedicationStatement statement(Reference subject, MedicationStatementStatus status) {
        MedicationStatement statement = new MedicationStatement().setStatus(status);
        statement.setCategory(new CodeableConcept(new Coding(STATEMENT_CATEGORY, "patientspecified", "Patient Specified")));
        statement.setMedication(new CodeableConcept());
        statement.setSubject(subject).setInformationSource(subject);
        statement.setDateAsserted(new Date());
        return statement;
    }

    private static Condition condition(String line, Reference subject) {
        Condition condition = new Condition();
        condition.getCode().setText(line);
        condition.setSubject(subject).setAsserter(subject);
        return condition;
    }

    private static DateTimeType time(Instant at) {
        DateTimeType time = new DateTimeType(Date.from(at));
        time.setTimeZoneZulu(true);
        return time;
    }
}
