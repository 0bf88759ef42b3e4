package org.grassroots.education.internal.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.EducationSheets;
import org.grassroots.education.internal.Session;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Spreadsheets: a session's sign-in sheet out and back in, the members below the requirement out. */
@Component(service = SheetResource.class)
@ModuleResource(EducationModule.ID)
@Path("")
@RequiresPermission(EducationModule.READ)
public class SheetResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final EducationSheets sheets;

    @Activate
    public SheetResource(@Reference EducationSheets sheets) {
        this.sheets = sheets;
    }

    /** The roster as a sign-in sheet (党员编号, 姓名, 所在组织, 考勤). */
    @GET
    @Path("sessions/{id}/sign-in-sheet")
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    public Response signInSheet(@PathParam("id") long id, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        var rows = sheets.signInRows(id);
        return Downloads.attachment(out -> sheets.write(format, EducationSheets.SIGN_IN, rows, out), format, "sign-in-" + id);
    }

    /**
     * The filled-in sign-in sheet as the body (XLSX or CSV, UTF-8 or GBK; {@code format} says which): records the
     * session as held, or corrects a held session's attendance. 422 with every bad row, nothing stored then.
     */
    @POST
    @Path("sessions/{id}/sign-in-sheet")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Returns(Session.class)
    public Response importSignIn(@PathParam("id") long id, @QueryParam("format") FileFormat format, @Context HttpHeaders headers,
                                 @QueryParam("version") Long version, InputStream body) {
        if (format == null) {
            throw ValidationException.of("format", Message.of("必填：XLSX 或 CSV", "required: XLSX or CSV"));
        }
        return Responses.ok(sheets.importSignIn(id, Preconditions.requiredVersion(headers, version), format, body));
    }

    /** The members of the unit's subtree below the year's requirement, with their shortfall. */
    @GET
    @Path("compliance/behind/export")
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    public Response behind(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        int y = year == null ? Year.now().getValue() : year;
        var rows = sheets.behindRows(unit, y);
        return Downloads.attachment(out -> sheets.write(format, EducationSheets.BEHIND, rows, out), format,
                "behind-" + unit + "-" + y + "-" + LocalDate.now());
    }
}
