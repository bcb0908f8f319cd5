package app.mitra.common.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Secrets from files, as Docker and systemd credentials provide them: {@code MITRA_X_FILE=/path}
 * sets {@code MITRA_X} to the file's content (one trailing newline removed), so a password never
 * has to sit in the environment or a unit file.
 */
public class SecretFiles implements EnvironmentPostProcessor {

    static final String SUFFIX = "_FILE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> secrets = read(environment.getSystemEnvironment());
        if (!secrets.isEmpty()) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                    new MapPropertySource("mitraSecretFiles", secrets));
        }
    }

    static Map<String, Object> read(Map<String, Object> variables) {
        Map<String, Object> secrets = new TreeMap<>();
        variables.forEach((name, value) -> {
            if (!name.startsWith("MITRA_") || !name.endsWith(SUFFIX) || value == null || value.toString().isBlank()) {
                return;
            }
            String target = name.substring(0, name.length() - SUFFIX.length());
            Object direct = variables.get(target);
            if (direct != null && !direct.toString().isEmpty()) {
                throw new IllegalStateException("Both " + target + " and " + name + " are set; keep one.");
            }
            Path file = Path.of(value.toString());
            try {
                secrets.put(target, Files.readString(file).replaceFirst("\r?\n$", ""));
            } catch (IOException e) {
                throw new IllegalStateException(name + " names " + file + ", which cannot be read (" + e + ").", e);
            }
        });
        return secrets;
    }
}
