package app.mitra.cli.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import app.mitra.MitraApplication;
import app.mitra.common.storage.BackupProperties;
import app.mitra.common.storage.StorageProperties;

/**
 * Spring contexts for commands, never with a web server: the settings alone (the same sources as
 * the server: application.properties, environment, secret files), or the
 * whole application without web, its beans created only when a command asks for them.
 */
final class Contexts {

    /** Commands print their own answers; the framework stays quiet unless something is wrong. */
    private static final Map<String, Object> QUIET = Map.of("logging.level.root", "WARN",
            "logging.level.org.springframework.boot.SpringApplication", "OFF",
            "logging.level.org.springframework.boot.diagnostics", "OFF",
            "spring.main.log-startup-info", "false");

    private Contexts() {
    }

    static ConfigurableApplicationContext settings(List<String> arguments) {
        return run(new SpringApplication(SettingsOnly.class), arguments);
    }

    static ConfigurableApplicationContext application(List<String> arguments) {
        SpringApplication application = new SpringApplication(MitraApplication.class);
        application.setLazyInitialization(true);
        return run(application, arguments);
    }

    private static ConfigurableApplicationContext run(SpringApplication application, List<String> arguments) {
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(QUIET);
        application.setRegisterShutdownHook(false);
        return application.run(arguments.toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ StorageProperties.class, BackupProperties.class })
    static class SettingsOnly {
    }
}
