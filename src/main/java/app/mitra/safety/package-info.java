/**
 * Safety: the rulebook (data), the health profile, interaction and condition screening, dose
 * guardrails, dependence signals and the taper planner. Mitra warns and cites; it never says how
 * much to take. Public API: {@link app.mitra.safety.HealthProfiles}, {@link app.mitra.safety.Findings}
 * and the finding records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts", "products", "journal", "insights" })
package app.mitra.safety;
