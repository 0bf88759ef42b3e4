package org.grassroots.core.internal.rest;

import org.grassroots.core.internal.CoreMessages;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.time.format.DateTimeParseException;

import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.rest.RequiresPermission;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditEntry;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.AuditQuery;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.io.PagedRows;
import org.grassroots.core.internal.io.SpreadsheetWriter;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/audit}: search and CSV export of the audit trail. Read-only by design: the API has no way
 * to change or delete an entry.
 */
@Component(service = AuditResource.class)
@ModuleResource("core")
@Path("audit")
public class AuditResource {
    private static final int EXPORT_LIMIT = 1_000_000;
    private static final List<String> EXPORT_HEADERS = List.of("id", "at", "actor", "address", "action", "entityType",
            "entityId", "details", "changes");
    private final AuditLog audit;
    private final Authorization authorization;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference Authorization authorization) {
        this.audit = audit;
        this.authorization = authorization;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(CorePermissions.AUDIT_READ)
    public Page<AuditEntry> search(@QueryParam("entityType") String entityType, @QueryParam("entityId") Long entityId,
                                   @QueryParam("actor") String actor, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @BeanParam PageParams page) {
        authorization.require(CorePermissions.AUDIT_READ);
        return audit.search(query(entityType, entityId, actor, from, to), page.toRequest());
    }

    /** The same filters as the search, every matching entry, newest first, as UTF-8 CSV with a BOM. */
    @GET
    @Path("export")
    @Produces("text/csv")
    @RequiresPermission(CorePermissions.AUDIT_READ)
    public Response export(@QueryParam("entityType") String entityType, @QueryParam("entityId") Long entityId,
                           @QueryParam("actor") String actor, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        authorization.require(CorePermissions.AUDIT_READ);
        AuditQuery query = query(entityType, entityId, actor, from, to);
        audit.search(query, PageRequest.of(0, 1));
        Iterable<List<String>> rows = () -> new PagedRows<AuditEntry>(
                pageNumber -> pageNumber * PageRequest.MAX_SIZE >= EXPORT_LIMIT
                        ? new Page<>(List.of(), 0, pageNumber, PageRequest.MAX_SIZE)
                        : audit.search(query, new PageRequest(pageNumber, PageRequest.MAX_SIZE, null)),
                e -> Arrays.asList(String.valueOf(e.id()), text(e.at()), e.actor(), e.address(), e.action(),
                        e.entityType(), text(e.entityId()), e.details(), changes(e)));
        StreamingOutput body = out -> new SpreadsheetWriter().write(FileFormat.CSV, EXPORT_HEADERS, rows, out);
        return Downloads.attachment(body, FileFormat.CSV, "audit");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String changes(AuditEntry e) {
        StringBuilder out = new StringBuilder();
        for (FieldChange c : e.changes()) {
            out.append(out.length() == 0 ? "" : "; ").append(c.field()).append(": ").append(c.before()).append(" -> ")
                    .append(c.after());
        }
        return out.toString();
    }

    private static AuditQuery query(String entityType, Long entityId, String actor, String from, String to) {
        return new AuditQuery(entityType, entityId, actor, instant(from, "from"), instant(to, "to"));
    }

    private static Instant instant(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text.trim()).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e2) {
                throw ValidationException.of(parameter, CoreMessages.message("query.instant"));
            }
        }
    }
}
