package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiResourceTest {
    public enum Colour { RED, GREEN }

    public record Thing(long id, String name, Colour colour, long version) {
    }

    public record ThingDraft(String name, Colour colour) {
    }

    @Path("things")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ThingResource {
        @GET
        public Page<Thing> list(@QueryParam("colour") Colour colour, @BeanParam PageParams page) {
            return null;
        }

        @POST
        @Returns(Thing.class)
        public Response create(ThingDraft draft) {
            return Responses.created("things", new Thing(1, draft.name(), draft.colour(), 0));
        }

        @GET
        @Path("{id}")
        public Thing get(@PathParam("id") long id) {
            return null;
        }
    }

    @Test
    void describesPathsParametersAndRequestAndResponseSchemas() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(new OpenApiResource("demo", List.of(new ThingResource())).describe());
        assertEquals("/api/demo", doc.at("/servers/0/url").asText());
        JsonNode paths = doc.get("paths");
        assertTrue(paths.has("/things"), paths.toString());
        assertTrue(paths.has("/things/{id}"), paths.toString());
        assertFalse(paths.has("/openapi.json"), paths.toString());

        JsonNode create = paths.at("/~1things/post");
        assertEquals("#/components/schemas/ThingDraft",
                create.at("/requestBody/content/application~1json/schema/$ref").asText(), create.toString());
        assertEquals("#/components/schemas/Thing",
                create.at("/responses/2XX/content/application~1json/schema/$ref").asText(), create.toString());
        assertTrue(create.at("/responses/default/content").has("application/problem+json"), create.toString());

        JsonNode list = paths.at("/~1things/get");
        assertFalse(list.at("/responses/2XX/content/application~1json/schema").isMissingNode(), list.toString());
        List<String> parameters = list.get("parameters").findValuesAsText("name");
        assertTrue(parameters.containsAll(List.of("colour", "page", "size", "sort")), parameters.toString());
        list.get("parameters").forEach(p -> {
            if (p.path("name").asText().equals("size")) {
                assertEquals("integer", p.at("/schema/type").asText(), p.toString());
                assertEquals(500, p.at("/schema/maximum").asInt(), p.toString());
            }
        });

        JsonNode thing = doc.at("/components/schemas/Thing/properties");
        assertTrue(thing.has("name") && thing.has("version"), thing.toString());
        assertEquals(List.of("RED", "GREEN"), textList(doc.at("/components/schemas/Thing/properties/colour/enum")));
    }

    private static List<String> textList(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
