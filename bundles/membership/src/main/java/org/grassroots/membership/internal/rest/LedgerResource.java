package org.grassroots.membership.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FileFormat;
import org.grassroots.membership.internal.Ledgers;
import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.membership.internal.MobileDirection;
import org.grassroots.membership.internal.Stage;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ledgers as spreadsheets ({@code format=XLSX|CSV}, XLSX by default): {@code /files/export} (发展党员台账, the
 * filters of {@code /files}) and {@code /mobile/export} (流动党员台账, the filters of {@code /mobile}); personal data
 * masked as in the lists.
 */
@Component(service = LedgerResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON })
public class LedgerResource {
    private final Ledgers ledgers;

    @Activate
    public LedgerResource(@Reference Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @GET
    @Path("files/export")
    public Response files(@QueryParam("unit") Long unit, @QueryParam("stage") Stage stage,
                          @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        Ledgers.Ledger ledger = ledgers.files(unit, stage);
        return Downloads.attachment(out -> ledger.write(format, out), format, "development-files-" + LocalDate.now());
    }

    @GET
    @Path("mobile/export")
    public Response mobile(@QueryParam("unit") Long unit, @QueryParam("direction") MobileDirection direction,
                           @QueryParam("away") Boolean away, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        Ledgers.Ledger ledger = ledgers.mobile(unit, direction, away);
        return Downloads.attachment(out -> ledger.write(format, out), format, "mobile-members-" + LocalDate.now());
    }
}
