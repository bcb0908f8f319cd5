package app.mitra.products.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.mitra.common.limits.Limit;
import app.mitra.common.limits.UploadPaths;

/**
 * Reads and checks the contaminant limits once, at start-up: a broken file stops Mitra with a clear
 * message. Declares the paths that take certificate and recall files.
 */
@Configuration(proxyBeanMethods = false)
class QualityConfiguration {

    @Bean
    ContaminantLimits contaminantLimits() {
        return ContaminantLimits.load();
    }

    /** Certificate and recall files are files, not JSON requests: they take the import limit. */
    @Bean
    UploadPaths qualityUploads() {
        return UploadPaths.of(Limit.IMPORT_BYTES, "/api/v1/products/*/batches/import", "/api/v1/recalls/import",
                "/products/*/batches/upload", "/products/recalls");
    }

    /** Findings are written in the app's default language, as the API answers them. */
    @Bean
    Evaluator evaluator(ContaminantLimits limits, MessageSource messages) {
        return new Evaluator(limits, (key, arguments) -> messages.getMessage(key, arguments, Locale.ROOT));
    }
}
