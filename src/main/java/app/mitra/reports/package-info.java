/**
 * Reports: the clinician PDF, the FHIR R4 export, CSV/JSON export and import, and expiring read-only
 * share links. It reads the lower modules through their facades (one {@code Snapshot} of a person's
 * data) and owns only the share tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "common", "accounts", "products", "journal", "safety" })
package app.mitra.reports;
