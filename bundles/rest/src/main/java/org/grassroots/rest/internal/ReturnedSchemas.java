package org.grassroots.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.core.MediaType;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.grassroots.rest.Returns;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Adds the success schema of methods that answer a {@code Response} and name their body with {@link Returns}:
 * swagger-core cannot see through {@code Response}. Operations are found by path and HTTP method, walking the same
 * resource model Jersey serves.
 */
final class ReturnedSchemas {
    private final OpenAPI api;

    ReturnedSchemas(OpenAPI api) {
        this.api = api;
    }

    void addFrom(Set<Class<?>> resourceClasses) {
        for (Class<?> type : resourceClasses) {
            if (Resource.isAcceptable(type)) {
                walk(Resource.from(type), "");
            }
        }
    }

    private void walk(Resource resource, String prefix) {
        String path = join(prefix, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            Returns returns = method.getInvocable().getDefinitionMethod().getAnnotation(Returns.class);
            PathItem item = api.getPaths().get(path);
            if (returns != null && item != null) {
                Operation operation = item.readOperationsMap()
                        .get(PathItem.HttpMethod.valueOf(method.getHttpMethod().toUpperCase(Locale.ROOT)));
                if (operation != null) {
                    describe(operation, returns.value(), method.getProducedTypes());
                }
            }
        }
        for (Resource child : resource.getChildResources()) {
            walk(child, path);
        }
    }

    private void describe(Operation operation, Class<?> type, List<MediaType> produced) {
        ResolvedSchema resolved = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved == null || resolved.schema == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        resolved.referencedSchemas.forEach(api.getComponents()::addSchemas);
        Content content = new Content();
        (produced.isEmpty() ? List.of(MediaType.APPLICATION_JSON_TYPE) : produced).forEach(media ->
                content.addMediaType(media.toString(), new io.swagger.v3.oas.models.media.MediaType().schema(resolved.schema)));
        ApiResponse success = operation.getResponses().get("2XX");
        if (success == null) {
            success = new ApiResponse().description("success");
            operation.getResponses().addApiResponse("2XX", success);
        }
        success.setContent(content);
    }

    private static String join(String prefix, String path) {
        String p = path == null ? "" : path;
        String joined = (prefix + "/" + p).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
