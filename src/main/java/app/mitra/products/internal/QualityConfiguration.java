package app.mitra.products.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads and checks the contaminant limits once, at start-up: a broken file stops Mitra with a clear message. */
@Configuration(proxyBeanMethods = false)
class QualityConfiguration {

    @Bean
    ContaminantLimits contaminantLimits() {
        return ContaminantLimits.load();
    }

    /** Findings are written in the app's default language, as the API answers them. */
    @Bean
    Evaluator evaluator(ContaminantLimits limits, MessageSource messages) {
        return new Evaluator(limits, (key, arguments) -> messages.getMessage(key, arguments, Locale.ROOT));
    }
}
