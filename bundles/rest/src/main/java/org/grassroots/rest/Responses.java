package org.grassroots.rest;

import java.lang.reflect.RecordComponent;
import java.net.URI;

import javax.ws.rs.core.Response;

/**
 * Answers that carry a record together with its version as {@code ETag} (see {@link Preconditions}), so that a
 * client can send it back in {@code If-Match}. A versioned record is a Java record with a {@code version}
 * component (a {@code long} or {@code int}) and, for {@link #created(String, Record)}, an {@code id} component.
 */
public final class Responses {
    private Responses() {
    }

    /** 200 with the record and its ETag. */
    public static Response ok(Record record) {
        return Response.ok(record).tag(Preconditions.etag(component(record, "version"))).build();
    }

    /**
     * 201 with the record, its ETag and {@code Location: <collection>/<id>} (relative to the module's base,
     * e.g. {@code created("members", member)}).
     */
    public static Response created(String collection, Record record) {
        return created(URI.create(collection + "/" + component(record, "id")), record);
    }

    /** 201 with the record, its ETag and the given {@code Location}. */
    public static Response created(URI location, Record record) {
        return Response.created(location).entity(record).tag(Preconditions.etag(component(record, "version"))).build();
    }

    static long component(Record record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    component.getAccessor().setAccessible(true);
                    Object value = component.getAccessor().invoke(record);
                    if (value instanceof Number number) {
                        return number.longValue();
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getName() + " has no numeric '" + name + "' component");
    }
}
