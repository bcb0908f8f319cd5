package app.mitra.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/** Loads and checks the rulebook once, at start-up: a broken file stops Mitra with a clear message. */
@Configuration(proxyBeanMethods = false)
class RulebookConfiguration {

    static final String FILE = "safety/rulebook.json";

    @Bean
    Rulebook rulebook(JsonMapper json) {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return RulebookFile.parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8), json);
        } catch (IOException e) {
            throw new UncheckedIOException("The safety rulebook " + FILE + " cannot be read", e);
        }
    }

    @Bean
    NameMatcher nameMatcher(Rulebook rulebook) {
        return new NameMatcher(rulebook);
    }
}
