package org.grassroots.rolemodel.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rolemodel.internal.Honour;
import org.grassroots.rolemodel.internal.Honours;
import org.grassroots.rolemodel.internal.RoleModelModule;
import org.grassroots.rolemodel.internal.RoleModelSheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /honours}: the honours register of the unit's subtree, per member ({@code member}) or organization ({@code organization}). */
@Component(service = HonourResource.class)
@ModuleResource(RoleModelModule.ID)
@Path("honours")
@RequiresPermission(RoleModelModule.READ)
@Produces(MediaType.APPLICATION_JSON)
public class HonourResource {
    private final Honours honours;
    private final RoleModelSheets sheets;

    @Activate
    public HonourResource(@Reference Honours honours, @Reference RoleModelSheets sheets) {
        this.honours = honours;
        this.sheets = sheets;
    }

    @GET
    public Page<Honour> search(@QueryParam("unit") Long unit, @QueryParam("member") Long member,
                               @QueryParam("organization") Long organization,
                               @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year, @BeanParam PageParams page) {
        return honours.search(unit, member, organization, year, page.toRequest());
    }

    /** The honours register of the unit's subtree (of one year) as a spreadsheet (XLSX or CSV). */
    @GET
    @Path("export")
    @Produces({ RoleModelResponses.XLSX, RoleModelResponses.CSV, RoleModelResponses.JSON })
    public Response export(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        return RoleModelResponses.download(sheets.honours(unit, year, format), format, "honours");
    }
}
