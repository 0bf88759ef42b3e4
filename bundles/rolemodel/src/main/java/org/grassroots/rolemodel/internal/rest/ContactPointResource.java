package org.grassroots.rolemodel.internal.rest;

import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rolemodel.internal.*;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /contact-points}: the district leaders' direct contact points (assigned and changed by district
 * administrators) and their contact records.
 */
@Component(service = ContactPointResource.class)
@ModuleResource(RoleModelModule.ID)
@Path("contact-points")
@RequiresPermission(RoleModelModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactPointResource {
    private final ContactPoints points;
    private final RoleModelSheets sheets;

    @Activate
    public ContactPointResource(@Reference ContactPoints points, @Reference RoleModelSheets sheets) {
        this.sheets = sheets;
        this.points = points;
    }

    /** The contact points of the unit's subtree; {@code year}: those active at some day of it. */
    @GET
    public Page<ContactPoint> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                     @BeanParam PageParams page) {
        return points.search(unit, year, page.toRequest());
    }

    @POST
    @RequiresPermission(RoleModelModule.CONTACTS)
    @Returns(ContactPoint.class)
    public Response create(ContactPointDraft draft) {
        return Responses.created("contact-points", points.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(ContactPoint.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(points.get(id));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(RoleModelModule.CONTACTS)
    @Returns(ContactPoint.class)
    public Response update(@PathParam("id") long id, ContactPointDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(points.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @GET
    @Path("{id}/records")
    public List<ContactRecord> records(@PathParam("id") long id) {
        return points.records(id);
    }

    @POST
    @Path("{id}/records")
    @RequiresPermission(RoleModelModule.WRITE)
    public Response addRecord(@PathParam("id") long id, ContactRecordDraft draft) {
        return RoleModelResponses.added(points.addRecord(id, draft));
    }

    /** The list as a spreadsheet: XLSX (default) or CSV. */
    @GET
    @Path("export")
    @Produces({ RoleModelResponses.XLSX, RoleModelResponses.CSV, RoleModelResponses.JSON })
    public Response export(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        RoleModelSheets.Export export = sheets.contactPoints(unit, year, format);
        return RoleModelResponses.download(export, format, "contact-points");
    }
}
