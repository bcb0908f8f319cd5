/**
 * The journal: pain check-ins (NRS, PEG, pain types, body sites, mood, anxiety, energy, sleep,
 * side effects) and doses in every form, normalised to milligrams. Public API:
 * {@link app.mitra.journal.Journal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts", "products" })
package app.mitra.journal;
