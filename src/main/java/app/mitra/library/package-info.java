/**
 * Library: the evidence library, sourced articles in Markdown ({@code library/*.md}) with front matter
 * (title, summary, evidence level, as-of date, sources), checked at start-up, rendered with raw HTML
 * escaped, searchable, and the "learn more" target of every safety finding. Public API:
 * {@link app.mitra.library.Library} and its records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts" })
package app.mitra.library;
