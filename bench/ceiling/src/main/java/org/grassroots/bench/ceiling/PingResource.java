package org.grassroots.bench.ceiling;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.grassroots.rest.AnySignedInUser;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GET /api/bench/ping}: the cheapest resource the platform's REST stack can serve (same Jetty, same
 * per-module Jersey application, same Jackson provider and filters as every module, but no database). Its
 * throughput is the ceiling the real endpoints are compared with. Installed only into benchmark copies.
 */
@Component(service = PingResource.class, property = { "osgi.jaxrs.resource=true", "grassroots.module=bench" })
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    public record Pong(String status) {
    }

    private static final Pong PONG = new Pong("ok");

    @GET
    @AnySignedInUser("a benchmark probe: no data; the permission check itself is part of the stack measured")
    public Pong ping() {
        return PONG;
    }
}
