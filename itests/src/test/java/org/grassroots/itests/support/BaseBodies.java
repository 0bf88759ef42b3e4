package org.grassroots.itests.support;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid-looking request body built from an OpenAPI schema: every property gets a plausible value of its type, and
 * properties that look like references get ids that exist (a unit for {@code organizationId}, {@code villageId},
 * {@code parentId}; a member for {@code secretaryId}, {@code leaderMemberId}). The bad-input suite spoils one
 * property of it at a time, so that the refusal is about that property.
 */
public final class BaseBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final long unitId;
    private final long memberId;
    private int serial;

    /** @param unitId an existing unit; @param memberId an existing member */
    public BaseBodies(long unitId, long memberId) {
        this.unitId = unitId;
        this.memberId = memberId;
    }

    /** A base body for {@code schema} (an object schema; references inside are resolved in {@code document}). */
    public ObjectNode body(JsonNode document, JsonNode schema) {
        JsonNode value = value(document, schema, "", 0);
        return value instanceof ObjectNode object ? object : NODES.objectNode();
    }

    /** A plausible value for a property {@code name} of {@code schema}. */
    public JsonNode value(JsonNode document, JsonNode schema, String name, int depth) {
        JsonNode resolved = OpenApiWrites.resolve(document, schema);
        String type = type(resolved);
        String lower = name.toLowerCase(Locale.ROOT);
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    JsonNode properties = resolved.path("properties");
                    for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
                        String property = it.next();
                        object.set(property, value(document, properties.get(property), property, depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(value(document, resolved.path("items"), singular(name), depth + 1));
                return array;
            }
            case "integer":
                return NODES.numberNode(integer(lower, resolved));
            case "number":
                return NODES.numberNode(lower.contains("rate") || lower.contains("ratio") ? 0.5 : 12.5);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(text(lower, resolved));
        }
    }

    /** The JSON type of a resolved schema: its {@code type}, else object when it has properties, else string. */
    public static String type(JsonNode resolved) {
        if (resolved.has("type")) {
            return resolved.get("type").asText();
        }
        if (resolved.has("properties")) {
            return "object";
        }
        return resolved.has("items") ? "array" : "string";
    }

    private long integer(String name, JsonNode schema) {
        if (name.contains("year")) {
            return LocalDate.now().getYear();
        }
        if (isReference(name)) {
            return name.contains("member") || name.contains("secretary") || name.contains("leader")
                    || name.contains("worker") || name.contains("person") ? memberId : unitId;
        }
        if (name.contains("version")) {
            return 0;
        }
        long minimum = schema.path("minimum").asLong(1);
        return Math.max(minimum, 3);
    }

    /** Whether a property named so holds the id of another record. */
    public static boolean isReference(String lowerName) {
        return lowerName.endsWith("id") || lowerName.endsWith("ids") || lowerName.equals("unit")
                || lowerName.equals("village") || lowerName.equals("organization");
    }

    private String text(String name, JsonNode schema) {
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0).asText();
        }
        String format = schema.path("format").asText("");
        // a deadline lies ahead, any other date (founded, joined, visited) behind
        LocalDate day = name.contains("due") || name.contains("deadline") ? LocalDate.now().plusDays(30)
                : LocalDate.now().minusYears(3).withDayOfMonth(15);
        if (format.equals("date")) {
            return day.toString();
        }
        if (format.equals("date-time")) {
            return day + "T09:30:00";
        }
        serial++;
        if (name.contains("phone") || name.contains("mobile")) {
            return "1380013" + String.format("%04d", serial % 10000);
        }
        if (name.contains("idnumber")) {
            return "110101199003078515";
        }
        if (name.contains("code")) {
            return "BI" + String.format("%05d", serial);
        }
        if (name.contains("mail")) {
            return "bad.input" + serial + "@example.org";
        }
        return "坏输入 " + name + " " + serial;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
