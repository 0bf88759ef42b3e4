package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bad requests of the bad-input suite for one write operation: its base body ({@link BaseBodies}) with one
 * property spoilt at a time (wrong JSON types, nulls in lists, numbers out of range or not finite, impossible dates,
 * unsafe text, huge text), plus unknown and duplicate keys and malformed JSON. Deterministic: the choices that vary
 * (which control character, where it goes) come from a {@link Random} with a fixed seed.
 */
public final class BadCases {
    /** One bad request: what it is ({@code kind}), the property it spoils (empty for the whole body), the bytes. */
    public record Case(OpenApiWrites.Operation operation, String kind, String field, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, UTF_8);
            return operation + " [" + kind + (field.isEmpty() ? "" : " " + field) + "] "
                    + (text.length() > 300 ? text.substring(0, 300) + "... (" + text.length() + " chars)" : text);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a raw JSON fragment that a tree cannot hold (1e400, a lone surrogate escape). */
    private static final String RAW = "@@raw@@";
    private static final String[] CONTROLS = {"\u0000", "\u0007", "\u001b", "\u0008", "\u007f", "\u0085", "\u000b"};
    private static final String[] BIDI = {"\u202e", "\u202d", "\u2066", "\u2067"};
    private static final String[] INVISIBLE = {"\u200b", "\u200b\u200b\u200b", "\u200d\u200c", "\ufeff\u200b"};
    private static final String[] SURROGATES = {"\\ud800", "\\udfff", "x\\udbff"};

    private final Random random = new Random(13);
    private final BaseBodies bases;

    public BadCases(BaseBodies bases) {
        this.bases = bases;
    }

    public List<Case> of(OpenApiWrites.Operation operation) {
        JsonNode document = operation.document();
        ObjectNode base = bases.body(document, operation.schema());
        List<Case> cases = new ArrayList<>();
        JsonNode properties = operation.schema().path("properties");
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String property = it.next();
            JsonNode schema = OpenApiWrites.resolve(document, properties.get(property));
            propertyCases(operation, base, property, schema, cases);
        }
        bodyCases(operation, base, cases);
        return cases;
    }

    private void propertyCases(OpenApiWrites.Operation op, ObjectNode base, String p, JsonNode schema, List<Case> cases) {
        String type = BaseBodies.type(schema);
        String format = schema.path("format").asText("");
        boolean isEnum = schema.has("enum");
        if (!type.equals("boolean")) {
            cases.add(with(op, base, "type:boolean", p, NODES.booleanNode(random.nextBoolean())));
        }
        if (!type.equals("object")) {
            cases.add(with(op, base, "type:object", p, NODES.objectNode().put("value", 1)));
        }
        if (!type.equals("array")) {
            cases.add(with(op, base, "type:array", p, NODES.arrayNode().add(base.path(p).deepCopy())));
        }
        switch (type) {
            case "string" -> {
                cases.add(with(op, base, "type:number-for-text", p, NODES.numberNode(12345)));
                cases.add(with(op, base, "type:float-for-text", p, NODES.numberNode(3.25)));
                if (isEnum) {
                    cases.add(with(op, base, "type:numeric-enum", p, NODES.numberNode(1)));
                    cases.add(with(op, base, "enum:unknown", p, NODES.textNode("NOT_A_CONSTANT")));
                }
                if (format.equals("date") || format.equals("date-time")) {
                    dateCases(op, base, p, format, cases);
                }
                textCases(op, base, p, base.path(p).asText(), cases);
            }
            case "integer" -> {
                cases.add(with(op, base, "type:text-for-number", p, NODES.textNode(base.path(p).asText())));
                cases.add(with(op, base, "type:float-for-integer", p, NODES.numberNode(1.5)));
                cases.add(with(op, base, "type:float-for-integer", p, NODES.numberNode(base.path(p).asLong() + 0.5)));
                cases.add(raw(op, base, "range:not-finite", p, "1e400"));
                cases.add(raw(op, base, "range:overflow", p, "99999999999999999999999"));
                cases.add(raw(op, base, "range:overflow", p, "-9223372036854775809"));
                if ("int32".equals(format)) {
                    cases.add(raw(op, base, "range:overflow", p, "2147483648"));
                }
                cases.add(raw(op, base, "type:text-for-number", p, "\"\""));
                cases.add(raw(op, base, "malformed:number", p, "0x10"));
                cases.add(raw(op, base, "malformed:number", p, "NaN"));
                String name = p.toLowerCase(Locale.ROOT);
                if (BaseBodies.isReference(name)) {
                    cases.add(with(op, base, "reference:missing", p, NODES.numberNode(-1)));
                    cases.add(with(op, base, "reference:missing", p, NODES.numberNode(0)));
                    cases.add(with(op, base, "reference:missing", p, NODES.numberNode(987654321L)));
                }
                if (name.contains("year")) {
                    cases.add(with(op, base, "range:year", p, NODES.numberNode(-2024)));
                    cases.add(with(op, base, "range:year", p, NODES.numberNode(99999)));
                }
            }
            case "number" -> {
                cases.add(with(op, base, "type:text-for-number", p, NODES.textNode("12.5")));
                cases.add(raw(op, base, "range:not-finite", p, "1e400"));
                cases.add(raw(op, base, "range:not-finite", p, "-1e400"));
                cases.add(raw(op, base, "malformed:number", p, "NaN"));
                cases.add(raw(op, base, "malformed:number", p, "Infinity"));
                cases.add(with(op, base, "range:negative", p, NODES.numberNode(-1.5)));
                cases.add(raw(op, base, "range:huge", p, "1e300"));
            }
            case "boolean" -> {
                cases.add(with(op, base, "type:text-for-boolean", p, NODES.textNode("true")));
                cases.add(with(op, base, "type:number-for-boolean", p, NODES.numberNode(1)));
            }
            case "array" -> {
                JsonNode item = base.path(p).path(0);
                cases.add(with(op, base, "array:null-item", p, NODES.arrayNode().addNull()));
                cases.add(with(op, base, "array:null-item", p, NODES.arrayNode().add(item.deepCopy()).addNull()));
                cases.add(with(op, base, "type:text-for-array", p, NODES.textNode(item.asText("x"))));
                if (item.isTextual()) {
                    ArrayNode control = NODES.arrayNode().add(item.asText() + pick(CONTROLS));
                    cases.add(with(op, base, "text:control", p + "[0]", control));
                    cases.add(with(op, base, "text:invisible", p + "[0]", NODES.arrayNode().add(pick(INVISIBLE))));
                    cases.add(with(op, base, "type:number-for-text", p + "[0]", NODES.arrayNode().add(7)));
                }
            }
            default -> {
            }
        }
        cases.add(with(op, base, "null:explicit-array-of-nulls", p, NODES.arrayNode().addNull().addNull()));
    }

    private void dateCases(OpenApiWrites.Operation op, ObjectNode base, String p, String format, List<Case> cases) {
        String time = format.equals("date-time") ? "T10:00:00" : "";
        for (String impossible : new String[] {"2024-02-30", "2023-13-01", "2023-00-10", "31.05.2024", "2024/05/31",
                "+999999999-12-31", "-000001-01-01", "1899-12-31", "2201-01-01", "0000-01-01"}) {
            String kind = impossible.startsWith("18") || impossible.startsWith("22") || impossible.startsWith("+")
                    || impossible.startsWith("-") || impossible.startsWith("0000") ? "date:out-of-window" : "date:impossible";
            cases.add(with(op, base, kind, p, NODES.textNode(impossible.contains("-") && impossible.length() == 10
                    ? impossible + time : impossible)));
        }
        cases.add(with(op, base, "date:epoch-number", p, NODES.numberNode(12345)));
        cases.add(with(op, base, "date:epoch-number", p, NODES.numberNode(1700000000000L)));
        cases.add(with(op, base, "date:array-form", p, NODES.arrayNode().add(2024).add(5).add(31)));
    }

    private void textCases(OpenApiWrites.Operation op, ObjectNode base, String p, String valid, List<Case> cases) {
        int at = valid.isEmpty() ? 0 : random.nextInt(valid.length() + 1);
        for (int i = 0; i < 2; i++) {
            cases.add(with(op, base, "text:control", p, NODES.textNode(insert(valid, at, pick(CONTROLS)))));
        }
        cases.add(with(op, base, "text:bidi-override", p, NODES.textNode(insert(valid, at, pick(BIDI)))));
        cases.add(with(op, base, "text:bidi-override", p, NODES.textNode("\u202e" + valid)));
        cases.add(with(op, base, "text:invisible-only", p, NODES.textNode(pick(INVISIBLE))));
        cases.add(raw(op, base, "text:lone-surrogate", p, "\"" + escape(valid) + pick(SURROGATES) + "\""));
        cases.add(with(op, base, "text:combining-flood", p, NODES.textNode("a" + "\u0301".repeat(60))));
        cases.add(with(op, base, "text:10000-chars", p, NODES.textNode("长".repeat(10_000))));
        cases.add(with(op, base, "text:10000-chars", p, NODES.textNode("x".repeat(10_000))));
    }

    private void bodyCases(OpenApiWrites.Operation op, ObjectNode base, List<Case> cases) {
        ObjectNode unknown = base.deepCopy();
        unknown.put("nonsense" + random.nextInt(1000), 1);
        cases.add(new Case(op, "body:unknown-field", "", bytes(unknown)));
        ObjectNode unknownNull = base.deepCopy();
        unknownNull.putNull("__proto__");
        cases.add(new Case(op, "body:unknown-field", "", bytes(unknownNull)));
        Iterator<String> names = base.fieldNames();
        if (names.hasNext()) {
            String first = names.next();
            String json = new String(bytes(base), UTF_8);
            String duplicate = "{\"" + first + "\":" + base.get(first) + "," + json.substring(1);
            cases.add(new Case(op, "body:duplicate-key", first, duplicate.getBytes(UTF_8)));
        }
        String json = new String(bytes(base), UTF_8);
        String[] malformed = {
            json.substring(0, json.length() / 2),
            json.substring(0, json.length() - 1) + ",}",
            json.replace('"', '\''),
            json + " {}",
            json + "]",
            "{\"a\" 1}",
            "[" + json + "]",
            "\"" + json.replace("\"", "\\\"") + "\"",
            "12345",
            "null",
            "",
            "   ",
            "// comment\n" + json,
            "{" + "\"a\":".repeat(1) + "[".repeat(3000) + "]".repeat(3000) + "}",
        };
        for (String text : malformed) {
            cases.add(new Case(op, "malformed:json", "", text.getBytes(UTF_8)));
        }
        byte[] invalidUtf8 = json.getBytes(UTF_8);
        if (invalidUtf8.length > 4) {
            byte[] spoilt = invalidUtf8.clone();
            int quote = json.indexOf(":\"");
            spoilt[quote > 0 ? quote + 2 : 1] = (byte) 0xC3;
            spoilt[quote > 0 ? quote + 3 : 2] = (byte) 0x28;
            cases.add(new Case(op, "malformed:utf8", "", spoilt));
        }
    }

    private Case with(OpenApiWrites.Operation op, ObjectNode base, String kind, String field, JsonNode value) {
        ObjectNode body = base.deepCopy();
        String property = field.endsWith("[0]") ? field.substring(0, field.length() - 3) : field;
        body.set(property, value);
        return new Case(op, kind, field, bytes(body));
    }

    private Case raw(OpenApiWrites.Operation op, ObjectNode base, String kind, String field, String rawJson) {
        ObjectNode body = base.deepCopy();
        body.put(field, RAW);
        String json = new String(bytes(body), UTF_8).replace("\"" + RAW + "\"", rawJson);
        return new Case(op, kind, field, json.getBytes(UTF_8));
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String insert(String text, int at, String what) {
        int position = Math.min(at, text.length());
        return text.substring(0, position) + what + text.substring(position);
    }

    private static String escape(String text) {
        try {
            String quoted = Api.JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Api.JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
