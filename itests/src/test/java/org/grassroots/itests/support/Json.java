package org.grassroots.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds request bodies. */
public final class Json {
    private Json() {
    }

    /** An object from name, value pairs; null values are left out. */
    public static ObjectNode obj(Object... namesAndValues) {
        ObjectNode node = Api.JSON.createObjectNode();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            put(node, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return node;
    }

    /** Copies {@code node} with these fields replaced (a null value removes the field). */
    public static ObjectNode with(JsonNode node, Object... namesAndValues) {
        ObjectNode copy = node.deepCopy();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            copy.remove(name);
            put(copy, name, namesAndValues[i + 1]);
        }
        return copy;
    }

    public static ArrayNode arr(Object... values) {
        ArrayNode array = Api.JSON.createArrayNode();
        for (Object value : values) {
            array.add((JsonNode) Api.JSON.valueToTree(value));
        }
        return array;
    }

    private static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            return;
        }
        node.set(name, value instanceof JsonNode n ? n : Api.JSON.valueToTree(value));
    }
}
