package org.grassroots.core.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.backup.BackupServiceImpl;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/backups}: the platform administrator's online backup (docs/operator-guide.md, "Backup and
 * restore"). {@code POST} makes one while the platform serves and answers 201 once it is complete, with the folder
 * it is in and what it holds; 422 without a reason, 409 while another backup runs. {@code GET} lists the backups of the configured folder.
 */
@Component(service = BackupResource.class)
@org.grassroots.rest.ModuleResource("core")
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.BACKUP)
public class BackupResource {
    private final BackupServiceImpl backups;

    @Activate
    public BackupResource(@Reference BackupServiceImpl backups) {
        this.backups = backups;
    }

    /** Body of {@code POST /backups}: what the backup is for (e.g. 升级前), kept in its manifest and the audit trail. */
    public record BackupRequest(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response backup(BackupRequest request) {
        ValidationException.Builder errors = ValidationException.builder();
        String reason = errors.line("reason", request == null ? null : request.reason(), 200, true);
        errors.throwIfAny();
        BackupServiceImpl.Result result = backups.backup(null, reason, step -> { });
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    public List<Map<String, Object>> list() {
        return backups.list();
    }
}
