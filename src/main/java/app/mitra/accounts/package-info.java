/**
 * Accounts: users and roles, sign-up with invites, login sessions stored in the database, API
 * tokens (stored hashed), password policy, second factors (an authenticator app with recovery codes,
 * and passkeys) and the audit trail of changes to a person's records.
 * Public API: {@link app.mitra.accounts.Accounts}, {@link app.mitra.accounts.SecondFactors},
 * {@link app.mitra.accounts.AuditTrail} and the signed-in {@link app.mitra.accounts.AccountUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package app.mitra.accounts;
