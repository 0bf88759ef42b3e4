package org.grassroots.rolemodel.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.core.api.FileFormat;
import org.grassroots.rest.Downloads;
import org.grassroots.rolemodel.internal.RoleModelSheets;

/**
 * What the module's resources answer alike: a list as a spreadsheet download (named after the unit's code and the
 * day) and a record just added under its parent (201 with the record).
 */
final class RoleModelResponses {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    static final String JSON = MediaType.APPLICATION_JSON;

    private RoleModelResponses() {
    }

    /** The export as an attachment {@code <name>-<unit code>-<today>.<xlsx|csv>}. */
    static Response download(RoleModelSheets.Export export, FileFormat format, String name) {
        StreamingOutput body = out -> export.rows().writeTo(out);
        return Downloads.attachment(body, format, name + "-" + export.unitCode() + "-" + LocalDate.now());
    }

    /** 201 with a record added under its parent (no own address: it is read in the parent's list). */
    static Response added(Object record) {
        return Response.status(Response.Status.CREATED).entity(record).build();
    }
}
