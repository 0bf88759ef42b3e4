package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The classes of lenient binding the bad-input run found (issue 13, class 1), each refused. */
class StrictJsonTest {
    private static final ObjectMapper JSON = ObjectMapperProvider.strict(new ObjectMapper());

    enum Sex { MALE, FEMALE }

    record Draft(String name, Long organizationId, int capacity, Double area, Boolean active, LocalDate joinedOn,
                 Sex sex, List<String> tags, boolean open) {
    }

    private static final String VALID = "{\"name\":\"张三\",\"organizationId\":12,\"capacity\":3,\"area\":1.5,"
            + "\"active\":true,\"open\":true,\"joinedOn\":\"2024-05-31\",\"sex\":\"FEMALE\",\"tags\":[\"骑手\"]}";

    @Test
    void readsWhatIsWrittenAsItsOwnType() throws Exception {
        Draft d = JSON.readValue(VALID, Draft.class);
        assertEquals(12L, d.organizationId());
        assertEquals(LocalDate.of(2024, 5, 31), d.joinedOn());
        assertEquals(Sex.FEMALE, d.sex());
        assertEquals("\u00E9", JSON.readValue("{\"capacity\":1,\"open\":false,\"name\":\"e\\u0301\"}", Draft.class).name(), "NFC");
        assertEquals(2.0, JSON.readValue("{\"capacity\":1,\"open\":false,\"area\":2}", Draft.class).area(), "a whole number is a fine decimal");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"organizationId\":1.5", "\"organizationId\":\"12\"", "\"organizationId\":\"\"", "\"capacity\":2.0",
        "\"name\":12345", "\"name\":true", "\"name\":1.5", "\"joinedOn\":12345", "\"joinedOn\":\"2024-02-30\"",
        "\"joinedOn\":\"31.05.2024\"", "\"sex\":1", "\"sex\":\"UNKNOWN\"", "\"active\":\"true\"", "\"active\":1",
        "\"tags\":[null]", "\"tags\":[1]", "\"name\":\"a\",\"name\":\"b\"", "\"area\":\"1.5\"",
        "\"name\":\"a\\u0000b\"", "\"name\":\"\\u202Eexe.txt\"", "\"name\":\"\\ud800\"", "\"tags\":[\"\\u0007\"]",
        "\"name\":\"\\u200B\\u200B\"", "\"area\":1e400", "\"area\":-1e400", "\"joinedOn\":\"+999999999-12-31\"",
        "\"joinedOn\":\"1800-01-01\"", "\"open\":1", "\"open\":0", "\"joinedOn\":[2024,5,31]",
        "\"joinedOn\":\"2024-05-31\\u0007\"", "\"joinedOn\":\" 2024-05-31\""
    })
    void refusesCoercionAndLeniency(String field) {
        // the primitives present, so that the case is refused for its own field and nothing else
        String base = (field.startsWith("\"capacity\"") ? "" : "\"capacity\":1,")
                + (field.startsWith("\"open\"") ? "" : "\"open\":true,");
        String json = "{" + base + field + "}";
        assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Draft.class), json);
    }

    private static org.grassroots.core.api.FieldError refusal(String json) {
        String full = json.replaceFirst("^\\{", "{\"capacity\":1,\"open\":true,");
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue(full, Draft.class));
        javax.ws.rs.core.Response response = new ProblemMappers.Json().toResponse(e);
        assertEquals(422, response.getStatus(), json);
        return ((Problem) response.getEntity()).errors().get(0);
    }

    @Test
    void eachRefusalNamesTheFieldAndWhatItExpects() {
        RequestLanguage.bind("en");
        try {
            assertEquals(new org.grassroots.core.api.FieldError("organizationId", "expected a whole number (without quotes)"),
                    refusal("{\"organizationId\":1.5}"));
            assertEquals("expected text (in quotes)", refusal("{\"name\":12345}").reason());
            assertEquals("must be a finite number", refusal("{\"area\":1e400}").reason());
            assertEquals("must lie between the years 1900 and 2200", refusal("{\"joinedOn\":\"+999999999-12-31\"}").reason());
            assertEquals("joinedOn", refusal("{\"joinedOn\":12345}").field());
            assertEquals("cannot read 1; allowed: MALE, FEMALE", refusal("{\"sex\":1}").reason());
            assertEquals(new org.grassroots.core.api.FieldError("tags[0]", "must not be null"), refusal("{\"tags\":[null]}"));
            assertEquals(new org.grassroots.core.api.FieldError("name", "appears twice in the body"),
                    refusal("{\"name\":\"a\",\"name\":\"b\"}"));
        } finally {
            RequestLanguage.unbind();
        }
        assertEquals("包含不可见的控制字符（U+0007），请删除", refusal("{\"tags\":[\"\\u0007\"]}").reason());
        assertEquals("tags[0]", refusal("{\"tags\":[\"\\u0007\"]}").field());
        assertEquals("应为整数（不加引号）", refusal("{\"organizationId\":\"12\"}").reason());
    }
}
