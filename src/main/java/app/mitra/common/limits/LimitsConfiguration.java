package app.mitra.common.limits;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits where Spring and Jackson enforce them: every JSON the app's mapper reads (request
 * bodies and imported files) within the depth and text limits, and multipart uploads parsed to disk
 * within the largest upload limit (each upload path then holds its own file to its own limit).
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /**
     * Spring Boot's JSON mapper builder (same customizers, in order) on a factory with the limits'
     * stream constraints, which a customizer cannot change.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(Limits limits, ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.jsonDepth()).maxStringLength(limits.jsonStringChars()).build()).build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /** Parts go to disk as they arrive (never held in memory), the whole request within the largest upload. */
    @Bean
    MultipartConfigElement multipartConfigElement(Limits limits) {
        long largest = Math.max(limits.importBytes().toBytes(), limits.dataSetBytes().toBytes());
        return new MultipartConfigElement("", -1, largest + BodyLimitFilter.MULTIPART_ALLOWANCE, 0);
    }
}
