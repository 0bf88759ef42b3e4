package org.grassroots.core.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.internal.MemberServiceImpl;
import org.grassroots.core.internal.OrganizationServiceImpl;
import org.grassroots.core.internal.io.MemberColumns;
import org.grassroots.core.internal.io.OrganizationColumns;
import org.grassroots.core.internal.io.PagedRows;
import org.grassroots.core.internal.io.SpreadsheetWriter;

/** Import templates and the export of a subtree, in the columns the import reads (units referred to by code). */
final class SpreadsheetExport {
    private static final int EXPORT_PAGE = PageRequest.MAX_SIZE;

    private final JpaTemplate jpa;
    private final OrganizationServiceImpl organizations;
    private final MemberServiceImpl members;
    private final MemberColumns memberColumns = new MemberColumns();
    private final OrganizationColumns organizationColumns = new OrganizationColumns();

    SpreadsheetExport(JpaTemplate jpa, OrganizationServiceImpl organizations, MemberServiceImpl members) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.members = members;
    }

    void writeTemplate(ImportKind kind, FileFormat format, OutputStream out) throws IOException {
        if (kind == ImportKind.MEMBERS) {
            new SpreadsheetWriter().write(format, memberColumns.headers(), List.of(memberColumns.exampleRow()), out);
        } else {
            new SpreadsheetWriter().write(format, organizationColumns.headers(), List.of(organizationColumns.exampleRow()), out);
        }
    }

    void export(ImportKind kind, FileFormat format, long subtreeOf, OutputStream out) throws IOException {
        Organization root = organizations.get(subtreeOf);
        Map<Long, String> codes = new HashMap<>();
        for (Object[] row : jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT o.id, o.code FROM OrganizationEntity o", Object[].class).getResultList())) {
            codes.put((Long) row[0], (String) row[1]);
        }
        if (kind == ImportKind.MEMBERS) {
            Iterable<List<String>> rows = () -> new PagedRows<>(
                    page -> members.exportPage(MemberQuery.inSubtree(root.id()), new PageRequest(page, EXPORT_PAGE, "id")),
                    (Member m) -> memberColumns.toRow(m, codes::get));
            new SpreadsheetWriter().write(format, memberColumns.headers(), rows, out);
        } else {
            Iterable<List<String>> rows = () -> new PagedRows<>(
                    page -> organizations.search(OrganizationQuery.inSubtree(root.id()), new PageRequest(page, EXPORT_PAGE, "path")),
                    (Organization o) -> organizationColumns.toRow(o, codes::get));
            new SpreadsheetWriter().write(format, organizationColumns.headers(), rows, out);
        }
    }
}
