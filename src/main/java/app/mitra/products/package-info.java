/**
 * Products: what a person takes (name, vendor, strain, vein, form, capsule size, extract ratio or
 * labelled alkaloid content), enough to turn "4 capsules" into milligrams; batches with their
 * certificates of analysis, evaluated against the limits in {@code products/contaminant-limits.json}
 * and against what the person actually took; daily element exposure; imported recall lists.
 * Public API: {@link app.mitra.products.Products}, {@link app.mitra.products.Batches},
 * {@link app.mitra.products.Exposures}, {@link app.mitra.products.Recalls}. Declared for modules
 * above to implement: {@link app.mitra.products.Consumption} (the journal) and
 * {@link app.mitra.products.DailyLimits} (safety).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts" })
package app.mitra.products;
