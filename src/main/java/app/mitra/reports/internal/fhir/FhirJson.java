package app.mitra.reports.internal.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;

/**
 * FHIR JSON. A FhirContext takes about a second to build and is thread-safe, so exactly one is made,
 * on the first export rather than at start-up (most runs never export).
 */
@Component
public class FhirJson {

    private static final class Context {
        static final FhirContext R4 = FhirContext.forR4();
    }

    public FhirContext context() {
        return Context.R4;
    }

    public String write(Bundle bundle) {
        return context().newJsonParser().encodeResourceToString(bundle);
    }
}
