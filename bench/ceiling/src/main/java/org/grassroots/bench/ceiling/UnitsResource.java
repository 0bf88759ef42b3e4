package org.grassroots.bench.ceiling;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.rest.AnySignedInUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/bench/units?ids=1,2,...}: the ceiling of a page of units, their rows read by primary key in one
 * query through core's {@code OrganizationService.listed} and serialised (see {@link MembersResource}).
 */
@Component(service = UnitsResource.class, property = { "osgi.jaxrs.resource=true", "grassroots.module=bench" })
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {
    private final OrganizationService organizations;

    @Activate
    public UnitsResource(@Reference OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @AnySignedInUser("a benchmark probe: units' public fields, read through core's scoped OrganizationService")
    public List<Organization> units(@QueryParam("ids") String ids) {
        return organizations.listed(Ids.parse(ids));
    }
}
