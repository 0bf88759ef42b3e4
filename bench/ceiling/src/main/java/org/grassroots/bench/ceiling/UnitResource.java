package org.grassroots.bench.ceiling;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.rest.AnySignedInUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/bench/unit/{id}}: the second ceiling, for endpoints that read the database. Everything
 * {@link PingResource} does plus one primary-key read through core's {@code OrganizationService} (a transaction,
 * an EntityManager, one Derby index lookup and row read) and a small JSON body. A database endpoint cannot be
 * faster than this; the ping ceiling shows what the REST stack alone costs.
 */
@Component(service = UnitResource.class, property = { "osgi.jaxrs.resource=true", "grassroots.module=bench" })
@Path("unit")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {
    private final OrganizationService organizations;

    @Activate
    public UnitResource(@Reference OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @Path("{id}")
    @AnySignedInUser("a benchmark probe: a unit's public fields, read through core's scoped OrganizationService")
    public Organization unit(@PathParam("id") long id) {
        return organizations.find(id).orElseThrow(NotFoundException::new);
    }
}
