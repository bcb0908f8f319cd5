/**
 * Safety: the rulebook (data), the health profile, interaction and condition screening, dose
 * guardrails, dependence signals and the taper planner. Mitra warns and cites; it never says how
 * much to take. Public API: {@link app.mitra.safety.HealthProfiles}, {@link app.mitra.safety.Findings}
 * and the finding records. The profile's jurisdiction is checked against legal's data; findings link to
 * the library's articles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts", "legal", "library", "products", "journal", "insights" })
package app.mitra.safety;
