package app.mitra.reports.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.reports.JournalSeed;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import tools.jackson.databind.JsonNode;

/** The FHIR export of a week's journal: LOINC-coded, and HAPI's R4 validator finds no error in it. */
@MitraOnSqlite
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirExportIT {

    @LocalServerPort
    int port;

    @Autowired
    FhirJson fhir;

    private Api api;
    private User user;
    private Answer bundle;

    @BeforeAll
    void exportAWeek() {
        api = new Api(port);
        user = api.newUser();
        JournalSeed.write(api, user, 7);
        bundle = api.get(user, "/api/v1/export?format=fhir");
    }

    private List<JsonNode> resources(String type) {
        return StreamSupport.stream(bundle.json().get("entry").spliterator(), false).map(e -> e.get("resource"))
                .filter(r -> r.get("resourceType").asString().equals(type)).toList();
    }

    private static String code(JsonNode resource) {
        return resource.get("code").get("coding").get(0).get("code").asString();
    }

    @Test
    void theBundleValidatesWithoutErrors() {
        FhirContext context = fhir.context();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirValidator validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        List<SingleValidationMessage> errors = validator.validateWithResult(bundle.body()).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        assertThat(errors).as("validation errors").isEmpty();
    }

    @Test
    void aCollectionWithAPatientPainRatingsPegAndADoseStatementEach() {
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("application/fhir+json");
        assertThat(bundle.text("type")).isEqualTo("collection");
        assertThat(resources("Patient")).hasSize(1);
        List<JsonNode> observations = resources("Observation");
        assertThat(observations.stream().filter(o -> code(o).equals("72514-3"))).hasSize(14);
        assertThat(observations.stream().filter(o -> code(o).equals("75893-8"))).hasSize(1);
        JsonNode peg = observations.stream().filter(o -> code(o).equals("91147-9")).findFirst().orElseThrow();
        assertThat(peg.get("component")).hasSize(3);
        assertThat(peg.get("valueQuantity").get("code").asString()).isEqualTo("{score}");
        List<JsonNode> statements = resources("MedicationStatement");
        List<JsonNode> doses = statements.stream().filter(s -> s.get("status").asString().equals("completed")).toList();
        assertThat(doses).hasSize(21);
        JsonNode powder = doses.stream().filter(d -> d.get("medicationCodeableConcept").get("text").asString()
                .contains("Green Maeng Da")).findFirst().orElseThrow();
        assertThat(powder.get("medicationCodeableConcept").get("text").asString()).startsWith("Kratom");
        JsonNode quantity = powder.get("dosage").get(0).get("doseAndRate").get(0).get("doseQuantity");
        assertThat(quantity.get("code").asString()).isEqualTo("mg");
        assertThat(quantity.get("value").asInt()).isBetween(3000, 4000);
        assertThat(powder.get("effectiveDateTime").asString()).endsWith("T08:00:00Z");
        assertThat(statements.stream().filter(s -> s.get("status").asString().equals("active"))
                .map(s -> s.get("medicationCodeableConcept").get("text").asString()))
                .containsExactlyInAnyOrder("Xanax 0.5 mg as needed", "ibuprofen 400 mg");
        assertThat(resources("Condition")).hasSize(1);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThat(api.get(user, "/api/v1/export?format=xml").errorFields()).containsExactly("format");
    }
}
