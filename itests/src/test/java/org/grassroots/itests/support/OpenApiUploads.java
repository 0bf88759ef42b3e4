package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The spreadsheet imports and the list parameters every installed module describes in its OpenAPI description. An
 * import is a POST or PUT whose request body is not JSON (a file: {@code application/octet-stream}, {@code *}{@code /*},
 * {@code text/csv}, multipart) and that takes a {@code format} query parameter offering CSV and XLSX, so photo and
 * attachment uploads are left out and a module's new sheet upload is found without naming it.
 */
public final class OpenApiUploads {
    private static final Set<String> UPLOADS = Set.of("post", "put");

    /**
     * One import to spoil.
     *
     * @param query   the query without {@code format}: required choices (core's {@code kind}) and {@code wait=true}
     *                where the import would otherwise answer later
     * @param headers the column names of the sheet the import reads, from its download (GET on the same path or its
     *                {@code /template}); a made-up column when it offers none
     */
    public record Upload(String module, String method, String path, String query, List<String> headers) {
        public String url(String format) {
            return path + "?format=" + format + (query.isEmpty() ? "" : "&" + query);
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    /**
     * One query parameter of a list endpoint, with its schema.
     *
     * @param base the endpoint's other parameters the list needs, with good values ({@code unit=12&year=2026})
     */
    public record ListParameter(String module, String path, String name, JsonNode schema, String base) {
    }

    private final Api api;
    private final Map<String, Object> pathValues;

    /** @param pathValues as for {@link OpenApiWrites}: by parameter name, else by JSON type */
    public OpenApiUploads(Api api, Map<String, Object> pathValues) {
        this.api = api;
        this.pathValues = pathValues;
    }

    /** Every import of the module, one per value of a required choice (core's members and units imports). */
    public List<Upload> imports(String module, JsonNode document) {
        String base = document.at("/servers/0/url").asText("/api/" + module);
        List<Upload> uploads = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String template = it.next();
            JsonNode item = paths.get(template);
            for (Iterator<String> methods = item.fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                JsonNode operation = item.get(method);
                if (!UPLOADS.contains(method) || !isImport(document, operation)) {
                    continue;
                }
                String path = base + fill(template, operation.path("parameters"));
                for (String query : queries(document, operation.path("parameters"))) {
                    uploads.add(new Upload(module, method.toUpperCase(Locale.ROOT), path, query, headers(path, query)));
                }
            }
        }
        return uploads;
    }

    /**
     * The query parameters of every list endpoint (a GET without path parameters answering a page), each with the
     * endpoint's other parameters named in {@code goodValues} ({@code unit}, {@code year}: lists that need them refuse
     * their absence first, which would hide how they read the spoilt one).
     */
    public List<ListParameter> listParameters(String module, JsonNode document, List<OpenApiWrites.ListEndpoint> lists,
                                              Map<String, Object> goodValues) {
        String base = document.at("/servers/0/url").asText("/api/" + module);
        List<ListParameter> parameters = new ArrayList<>();
        for (OpenApiWrites.ListEndpoint list : lists) {
            JsonNode get = document.path("paths").path(list.path().substring(base.length())).path("get");
            List<String> names = new ArrayList<>();
            get.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            });
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.path("name").asText();
                if ("query".equals(parameter.path("in").asText())) {
                    String good = String.join("&", names.stream().filter(n -> !n.equals(name) && goodValues.containsKey(n))
                            .map(n -> n + "=" + goodValues.get(n)).toList());
                    parameters.add(new ListParameter(module, list.path(), name,
                            OpenApiWrites.resolve(document, parameter.path("schema")), good));
                }
            }
        }
        return parameters;
    }

    private static boolean isImport(JsonNode document, JsonNode operation) {
        JsonNode content = operation.at("/requestBody/content");
        if (content.isMissingNode() || content.has("application/json")) {
            return false;
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && "format".equals(parameter.path("name").asText())) {
                Set<String> values = new TreeSet<>();
                OpenApiWrites.resolve(document, parameter.path("schema")).path("enum").forEach(v -> values.add(v.asText()));
                return values.containsAll(Set.of("CSV", "XLSX"));
            }
        }
        return false;
    }

    /** The query strings to send besides {@code format}: one per value of each choice without a default. */
    private List<String> queries(JsonNode document, JsonNode parameters) {
        List<String> queries = new ArrayList<>(List.of(""));
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if (!"query".equals(parameter.path("in").asText()) || "format".equals(name)) {
                continue;
            }
            JsonNode schema = OpenApiWrites.resolve(document, parameter.path("schema"));
            List<String> values = new ArrayList<>();
            if ("wait".equals(name) && "boolean".equals(schema.path("type").asText())) {
                values.add("true"); // answer the report at once rather than a job to poll
            } else if (schema.has("enum") && !schema.has("default")) {
                schema.path("enum").forEach(v -> values.add(v.asText())); // a choice the import needs: each one
            } else if (parameter.path("required").asBoolean(false)) {
                if (schema.has("enum")) {
                    schema.path("enum").forEach(v -> values.add(v.asText()));
                } else {
                    values.add(String.valueOf(pathValues.getOrDefault(name,
                            pathValues.getOrDefault(schema.path("type").asText("string"), "x"))));
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String query : queries) {
                for (String value : values) {
                    next.add((query.isEmpty() ? "" : query + "&") + name + "=" + value);
                }
            }
            queries = next;
        }
        return queries;
    }

    /** The sheet's columns from its CSV download: the same path, else its {@code /template}. */
    private List<String> headers(String path, String query) {
        for (String download : List.of(path, path + "/template")) {
            Api.Response answer = api.get(download + "?format=CSV" + (query.isEmpty() ? "" : "&" + query));
            if (answer.status() == 200 && answer.contentType().startsWith("text/csv")) {
                String text = new String(answer.bytes(), UTF_8).replace("\uFEFF", "");
                String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
                List<String> headers = new ArrayList<>();
                for (String cell : first.split(",", -1)) {
                    if (!cell.isBlank()) {
                        headers.add(cell.replace("\"", "").strip());
                    }
                }
                if (!headers.isEmpty()) {
                    return headers;
                }
            }
        }
        return List.of("名称", "数量");
    }

    private String fill(String template, JsonNode parameters) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            Object value = pathValues.containsKey(name) ? pathValues.get(name)
                    : pathValues.getOrDefault(parameter.at("/schema/type").asText("string"), "x");
            path = path.replace("{" + name + "}", String.valueOf(value));
        }
        return path;
    }
}
