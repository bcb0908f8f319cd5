/**
 * The command line of the same jar: serve (the default), create-admin, reset-password, backup,
 * restore, export, import, migrate, check-config and healthcheck. Commands that need no web
 * server start no web server. Public API: {@link app.mitra.cli.MitraCli}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "accounts" })
package app.mitra.cli;
