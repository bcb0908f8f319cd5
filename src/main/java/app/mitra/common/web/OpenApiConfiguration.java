package app.mitra.common.web;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's title, its bearer-token scheme, so the UI can call the API, and its server:
 * the public address, not one made from the Host header of whoever asked first.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI mitraOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Mitra API").version("v1")
                        .description("Pain journal and kratom harm-reduction companion. Mitra never recommends a dose."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    ServerBaseUrlCustomizer publicServer(PublicUrl publicUrl) {
        return (fromRequest, request) -> publicUrl.base().toString();
    }
}
