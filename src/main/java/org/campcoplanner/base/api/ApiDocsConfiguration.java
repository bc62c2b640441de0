package org.campcoplanner.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's OpenAPI document (springdoc, at /api/openapi): what the controllers declare,
 * with the one way in, HTTP Basic with an account of the app. README's API table says the same
 * in a sentence per call.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    private static final String BASIC = "basic";

    @Bean
    OpenAPI campApi() {
        return new OpenAPI()
                .info(new Info().title("Camp co-planner API")
                        .description("Camps, their plans in the camp-plan format, rosters and their solves, shifts, "
                                + "time credits and impact. Every call signs in with HTTP Basic; what an account may "
                                + "do depends on its role and its camps. Errors are JSON with a message.")
                        .version("1"))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
