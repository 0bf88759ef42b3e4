package org.grassroots.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.glassfish.jersey.model.Parameter.Source;
import org.grassroots.rest.AnySignedInUser;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * {@code GET /api/<module>/openapi.json}: an OpenAPI 3 description generated from the module's own
 * resource classes, so it can never drift from what is served.
 */
@Path("openapi.json")
public final class OpenApiResource {
    private final String module;
    private final List<Class<?>> resourceClasses = new ArrayList<>();

    OpenApiResource(String module, List<Object> resources) {
        this.module = module;
        resources.forEach(r -> resourceClasses.add(r.getClass()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnySignedInUser("the description of the module's API")
    public Map<String, Object> describe() {
        Map<String, Object> paths = new TreeMap<>();
        for (Class<?> type : resourceClasses) {
            if (Resource.isAcceptable(type)) {
                collect(Resource.from(type), "", paths);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "grassroots API: " + module, "version", "1"));
        doc.put("servers", List.of(Map.of("url", "/api/" + module)));
        doc.put("paths", paths);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Resource resource, String prefix, Map<String, Object> paths) {
        String path = join(prefix, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            Map<String, Object> operations = (Map<String, Object>) paths.computeIfAbsent(path, p -> new TreeMap<>());
            operations.put(method.getHttpMethod().toLowerCase(java.util.Locale.ROOT), operation(method));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, paths);
        }
    }

    private static Map<String, Object> operation(ResourceMethod method) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", method.getInvocable().getDefinitionMethod().getName());
        List<Map<String, Object>> parameters = new ArrayList<>();
        boolean hasBody = false;
        for (Parameter p : method.getInvocable().getParameters()) {
            Source source = p.getSource();
            if (source == Source.PATH || source == Source.QUERY || source == Source.HEADER) {
                parameters.add(Map.of("name", p.getSourceName(), "in", source.name().toLowerCase(java.util.Locale.ROOT),
                        "required", source == Source.PATH, "schema", Map.of("type", typeName(p.getRawType()))));
            } else if (source == Source.BEAN_PARAM) {
                for (java.lang.reflect.Field f : p.getRawType().getFields()) {
                    javax.ws.rs.QueryParam q = f.getAnnotation(javax.ws.rs.QueryParam.class);
                    if (q != null) {
                        parameters.add(Map.of("name", q.value(), "in", "query", "required", false,
                                "schema", Map.of("type", typeName(f.getType()))));
                    }
                }
            } else if (source == Source.ENTITY || source == Source.UNKNOWN) {
                hasBody = true;
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (hasBody) {
            Map<String, Object> content = new LinkedHashMap<>();
            List<MediaType> consumed = method.getConsumedTypes().isEmpty()
                    ? List.of(MediaType.APPLICATION_JSON_TYPE) : method.getConsumedTypes();
            consumed.forEach(t -> content.put(t.toString(), Map.of("schema", Map.of("type", "object"))));
            op.put("requestBody", Map.of("content", content));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("2XX", Map.of("description", "success; produces " + method.getProducedTypes()));
        responses.put("default", Map.of("description", "application/problem+json describing the failure"));
        op.put("responses", responses);
        return op;
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        return "string";
    }

    private static String join(String prefix, String path) {
        String p = path == null ? "" : path;
        String joined = (prefix + "/" + p).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
