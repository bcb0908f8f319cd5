/**
 * Products: what a person takes (name, vendor, strain, vein, form, capsule size, extract ratio or
 * labelled alkaloid content), enough to turn "4 capsules" into milligrams. Batches and
 * certificates of analysis come later. Public API: {@link app.mitra.products.Products}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts" })
package app.mitra.products;
