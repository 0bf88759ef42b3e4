package org.grassroots.rest.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.grassroots.rest.AnySignedInUser;

/**
 * {@code GET /api/<module>/openapi.json}: the OpenAPI 3 description of the module's resources, read by
 * swagger-core from their JAX-RS annotations, with request and response schemas from Jackson's view of the
 * records they take and return. Generated from the classes being served, so it never drifts from them; built once
 * per application (the application is rebuilt whenever the module's resources change).
 */
@Path("openapi.json")
public final class OpenApiResource {
    private final String module;
    private final Set<Class<?>> resourceClasses = new LinkedHashSet<>();
    private String document;

    OpenApiResource(String module, List<Object> resources) {
        this.module = module;
        resources.forEach(r -> resourceClasses.add(r.getClass()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnySignedInUser("the description of the module's API")
    public synchronized String describe() throws Exception {
        if (document == null) {
            document = Json.mapper().writeValueAsString(read());
        }
        return document;
    }

    OpenAPI read() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("grassroots API: " + module).version("1"))
                .servers(List.of(new Server().url("/api/" + module)));
        SwaggerConfiguration configuration = new SwaggerConfiguration().openAPI(base).readAllResources(true)
                .sortOutput(true);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // swagger-core looks up optional extensions with ServiceLoader: let it see its own bundle, not Jetty's
        thread.setContextClassLoader(Reader.class.getClassLoader());
        try {
            OpenAPI api = new Reader(configuration).read(resourceClasses);
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(item -> item.readOperations().forEach(OpenApiResource::successAndProblem));
                new ReturnedSchemas(api).addFrom(resourceClasses);
            }
            return api;
        } finally {
            thread.setContextClassLoader(previous);
            // swagger's shared mapper caches the types it resolved: drop them so that a module that is uninstalled
            // later leaves no class of its behind here
            Json.mapper().getTypeFactory().clearCache();
        }
    }

    /**
     * swagger-core files the answer read from the method's return type under {@code default}: it is the success
     * ({@code 2XX}); {@code default} is what every failure answers, application/problem+json (RFC 7807) with the
     * refused fields for a 422.
     */
    private static void successAndProblem(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse success = operation.getResponses().remove("default");
        if (success != null) {
            operation.getResponses().addApiResponse("2XX", success.description("success"));
        }
        operation.getResponses().addApiResponse("default", new ApiResponse()
                .description("the failure as problem details: type, title, status, detail, errors[{field, reason}]")
                .content(new Content().addMediaType("application/problem+json",
                        new io.swagger.v3.oas.models.media.MediaType().schema(new ObjectSchema()))));
    }
}
