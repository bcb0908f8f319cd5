/**
 * Legal: where kratom and concentrated 7-OH are legal, regulated or banned. The jurisdiction data is a
 * versioned file ({@code legal/jurisdictions.json}) checked at start-up; the lookup turns a place as
 * people type it ("Tupelo, MS", "flying from Bali to Singapore") into the strictest applicable answer
 * with its sources, its as-of date and its warnings. Never legal advice. Public API:
 * {@link app.mitra.legal.Legal} and its records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts" })
package app.mitra.legal;
