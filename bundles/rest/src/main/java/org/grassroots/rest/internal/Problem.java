package org.grassroots.rest.internal;

import java.util.List;

import javax.ws.rs.core.Response;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.RowError;
import org.grassroots.rest.RestProperties;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 7807 problem details, extended with the fields that were refused; titles in the request's language. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(String type, String title, int status, String detail, List<FieldError> errors,
               List<RowError> rowErrors) {

    static Response response(int status, String title, String detail, List<FieldError> errors) {
        return response(status, title, detail, errors, List.of());
    }

    static Response response(int status, String title, String detail, List<FieldError> errors,
                             List<RowError> rowErrors) {
        return Response.status(status)
                .type(RestProperties.PROBLEM_JSON)
                .entity(new Problem("about:blank", RequestLanguage.title(status, title), status, detail, errors,
                        rowErrors))
                .build();
    }

    static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    /** The same body for places outside Jersey (servlets), where no JSON provider is at hand. */
    static String json(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(RequestLanguage.title(status, title))
                + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(text).toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
