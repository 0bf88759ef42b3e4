package org.grassroots.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;

/**
 * Optimistic locking over HTTP, for every record a client can change.
 * <p>
 * A record's JPA {@code @Version} travels as its {@code ETag}: a resource answers a single-record GET (and the
 * answer of a create or change) with {@link #okWithVersion}. A client that changes or deletes the record sends
 * that ETag back in {@code If-Match} (or as {@code ?version=} for clients that cannot set headers); the
 * resource reads it with {@link #requiredVersion} and passes it to the service, which compares it with the
 * stored version inside its write transaction and throws {@link org.grassroots.core.api.ConflictException}
 * (409) when someone else changed the record in between. Nothing is stored in that case.
 * <p>
 * Answers: no version at all is 428 Precondition Required (a client must not overwrite blindly); an
 * {@code If-Match} that is not a version is 422 naming {@code If-Match}; a stale version is 409 (from the
 * service). All of them are problem+json and none is logged as a warning.
 */
public final class Preconditions {
    private Preconditions() {
    }

    /** The strong ETag of a record with JPA version {@code version}: {@code "3"}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A 200 answer carrying {@code entity} and its version as {@code ETag}. */
    public static Response.ResponseBuilder okWithVersion(Object entity, long version) {
        return Response.ok(entity).tag(etag(version));
    }

    /**
     * The version the client based its change on: {@code If-Match} when present (weak or strong, quoted or
     * not), else {@code versionParameter} (the resource's {@code @QueryParam("version")}). Call it at the start
     * of every PUT, PATCH and DELETE of a versioned record, before any work, outside any transaction.
     *
     * @throws org.grassroots.core.api.ValidationException (422) when {@code If-Match} is not a version number
     * @throws WebApplicationException (428) when the request carries neither
     */
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
