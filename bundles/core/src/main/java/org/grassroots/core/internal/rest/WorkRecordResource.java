package org.grassroots.core.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.workrecord.WorkRecord;
import org.grassroots.core.internal.workrecord.WorkRecordAssembler;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/work-record?subtreeOf=&year=}: the year-end work record of a unit's subtree, each installed
 * module's section with its figures computed from data and compared with the year before.
 */
@Component(service = WorkRecordResource.class)
@ModuleResource("core")
@Path("work-record")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.STATISTICS_READ)
public class WorkRecordResource {
    private final WorkRecordAssembler records;
    private final Authorization authorization;

    @Activate
    public WorkRecordResource(@Reference WorkRecordAssembler records, @Reference Authorization authorization) {
        this.records = records;
        this.authorization = authorization;
    }

    @GET
    public WorkRecord record(@QueryParam("subtreeOf") Long subtreeOf,
                             @QueryParam("year") @ParamRange(min = 1921, max = 2200) Integer year) {
        ValidationException.Builder refused = ValidationException.builder()
                .required("subtreeOf", subtreeOf)
                .required("year", year);
        refused.throwIfAny();
        authorization.requireInScope(subtreeOf, "organization", subtreeOf);
        return records.record(subtreeOf, year);
    }
}
