package org.grassroots.membership.internal.rest;

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
import org.grassroots.membership.internal.FormNumber;
import org.grassroots.membership.internal.FormRange;
import org.grassroots.membership.internal.FormRangeDraft;
import org.grassroots.membership.internal.FormRanges;
import org.grassroots.membership.internal.FormVoidDraft;
import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /form-ranges}: 入党志愿书 number ranges the level above issues to a unit; {@code numbers} lists the used and
 * void numbers of one, {@code void} voids an unused number (a spoiled or lost form).
 */
@Component(service = FormRangeResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormRangeResource {
    private final FormRanges ranges;

    @Activate
    public FormRangeResource(@Reference FormRanges ranges) {
        this.ranges = ranges;
    }

    @GET
    @Path("form-ranges")
    public Page<FormRange> search(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        return ranges.search(unit, page.toRequest());
    }

    @POST
    @Path("form-ranges")
    @RequiresPermission(MembershipModule.DECIDE)
    @Returns(FormRange.class)
    public Response issue(FormRangeDraft draft) {
        return Responses.created("form-ranges", ranges.issue(draft));
    }

    @GET
    @Path("form-ranges/{id}/numbers")
    public Page<FormNumber> numbers(@PathParam("id") long id, @BeanParam PageParams page) {
        return ranges.numbers(id, page.toRequest());
    }

    @POST
    @Path("form-ranges/{id}/void")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(FormNumber.class)
    public Response voidNumber(@PathParam("id") long id, FormVoidDraft draft) {
        return Response.ok(ranges.voidNumber(id, draft)).build();
    }
}
