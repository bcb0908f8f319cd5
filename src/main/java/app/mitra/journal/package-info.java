/**
 * The journal: pain check-ins (NRS, PEG, pain types, body sites, mood, anxiety, energy, sleep,
 * side effects), doses in every form, normalised to milligrams, and withdrawal check-ins (symptoms
 * rated 0-4). Events: {@link app.mitra.journal.DoseLogged}, {@link app.mitra.journal.WithdrawalRecorded}. Public API:
 * {@link app.mitra.journal.Journal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts", "products" })
package app.mitra.journal;
