package org.grassroots.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;

/**
 * Optimistic locking over HTTP: a record's version travels as its {@code ETag}; a change sends it back in
 * {@code If-Match} (or as {@code ?version=} for clients that cannot set headers). A stale version answers
 * 409 from the service; a missing one answers 428.
 */
public final class Preconditions {
    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response.ResponseBuilder okWithVersion(Object entity, long version) {
        return Response.ok(entity).tag(etag(version));
    }

    /** The version the client based its change on. */
    public static long requiredVersion(HttpHeaders headers, Long versionParameter) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new ValidationException(FieldError.of("If-Match", "expected the ETag of the record, e.g. \"3\""));
            }
        }
        if (versionParameter != null) {
            return versionParameter;
        }
        throw new WebApplicationException(Response.status(428)
                .type(RestProperties.PROBLEM_JSON)
                .entity("{\"type\":\"about:blank\",\"title\":\"Precondition required\",\"status\":428,"
                        + "\"detail\":\"Send the record's ETag in If-Match (or ?version=) so concurrent changes are not overwritten\"}")
                .build());
    }
}
