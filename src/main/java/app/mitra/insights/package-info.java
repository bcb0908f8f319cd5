/**
 * Insights: relief per dose, dose-response, comparisons of products, strains and forms, tolerance,
 * trends and correlations, each with its n and a 95% interval, or "insufficient". Reads the journal
 * through its facade; publishes {@link app.mitra.insights.ToleranceAssessed}, which safety turns into a
 * pattern finding. Public API: {@link app.mitra.insights.Insights}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts", "products", "journal" })
package app.mitra.insights;
