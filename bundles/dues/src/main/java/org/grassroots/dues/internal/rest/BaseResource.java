package org.grassroots.dues.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
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

import org.grassroots.core.api.Page;
import org.grassroots.dues.internal.Bases;
import org.grassroots.dues.internal.DuesCategory;
import org.grassroots.dues.internal.DuesModule;
import org.grassroots.dues.internal.Exemption;
import org.grassroots.dues.internal.ExemptionDraft;
import org.grassroots.dues.internal.Exemptions;
import org.grassroots.dues.internal.Extra;
import org.grassroots.dues.internal.ExtraDraft;
import org.grassroots.dues.internal.ExtraKind;
import org.grassroots.dues.internal.Extras;
import org.grassroots.dues.internal.MemberBase;
import org.grassroots.dues.internal.MemberBaseDraft;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /bases}: members' yearly bases (masked in lists; in full and audited on one record for the roles entitled);
 * {@code /exemptions}; {@code /extras}: voluntary and special dues.
 */
@Component(service = BaseResource.class)
@ModuleResource(DuesModule.ID)
@Path("")
@RequiresPermission(DuesModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BaseResource {
    private final Bases bases;
    private final Exemptions exemptions;
    private final Extras extras;

    @Activate
    public BaseResource(@Reference Bases bases, @Reference Exemptions exemptions, @Reference Extras extras) {
        this.bases = bases;
        this.exemptions = exemptions;
        this.extras = extras;
    }

    /** The bases of the unit's subtree: {@code year}, {@code category}, {@code q} (part of a name). */
    @GET
    @Path("bases")
    public Page<MemberBase> bases(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                            @QueryParam("category") DuesCategory category, @QueryParam("q") String name, @BeanParam PageParams page) {
        return bases.search(unit, year, category, name, page.toRequest());
    }

    @POST
    @Path("bases")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(MemberBase.class)
    public Response create(MemberBaseDraft draft) {
        return Responses.created("bases", bases.save(draft, null));
    }

    @GET
    @Path("bases/{id}")
    @Returns(MemberBase.class)
    public Response base(@PathParam("id") long id) {
        return Responses.ok(bases.get(id));
    }

    /** Changes the base's category and amount (member and year stay). */
    @PUT
    @Path("bases/{id}")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(MemberBase.class)
    public Response update(@PathParam("id") long id, MemberBaseDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        long expected = Preconditions.requiredVersion(headers, version);
        return Responses.ok(bases.update(id, expected, draft));
    }

    @GET
    @Path("exemptions")
    public Page<Exemption> exemptions(@QueryParam("unit") Long unit,
                                      @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year, @BeanParam PageParams page) {
        return exemptions.search(unit, year, page.toRequest());
    }

    @POST
    @Path("exemptions")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(Exemption.class)
    public Response exempt(ExemptionDraft draft) {
        return Responses.created("exemptions", exemptions.create(draft));
    }

    @GET
    @Path("extras")
    public Page<Extra> extras(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                              @QueryParam("kind") ExtraKind kind, @BeanParam PageParams page) {
        return extras.search(unit, year, kind, page.toRequest());
    }

    @POST
    @Path("extras")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(Extra.class)
    public Response extra(ExtraDraft draft) {
        return Responses.created("extras", extras.create(draft));
    }
}
