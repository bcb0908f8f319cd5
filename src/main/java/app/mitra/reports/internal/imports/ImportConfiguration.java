package app.mitra.reports.internal.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.mitra.common.limits.Limit;
import app.mitra.common.limits.UploadPaths;

/** The paths that take a file to import, within {@code MITRA_LIMIT_IMPORT_BYTES} rather than a JSON body's limit. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    UploadPaths importUploads() {
        return UploadPaths.of(Limit.IMPORT_BYTES, "/api/v1/import", "/settings/data/import");
    }
}
