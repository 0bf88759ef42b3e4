package org.grassroots.community.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 双报到 registrations as a sheet (XLSX or CSV), where communities and institutions keep their lists: written in the
 * layout it is read back in. An import adds the rows without a {@value #ID} (rows with one name registrations already
 * recorded and stay as they are); it reads every row first and refuses the whole file with every bad cell (row,
 * column, reason) before anything is stored, then registers all rows in one transaction, all or nothing.
 */
@Component(service = RegistrationSheets.class)
public class RegistrationSheets {
    static final String ID = "编号";
    static final String MEMBER_ID = "党员编号";
    static final String MEMBER_NAME = "姓名";
    static final String ORGANIZATION = "所在党组织";
    static final String COMMUNITY_CODE = "社区代码";
    static final String COMMUNITY_NAME = "报到社区";
    static final String POST = "志愿岗位";
    static final String REGISTERED_ON = "报到日期";
    static final String STATUS = "状态";
    private static final List<String> HEADERS = List.of(ID, MEMBER_ID, MEMBER_NAME, ORGANIZATION, COMMUNITY_CODE, COMMUNITY_NAME,
            POST, REGISTERED_ON, STATUS);
    private static final Map<String, String> COLUMNS = Map.of("memberId", MEMBER_ID, "communityId", COMMUNITY_CODE,
            "volunteerPost", POST, "registeredOn", REGISTERED_ON);

    /** What an import did. */
    public record Imported(int rows, int created, int unchanged) {
    }

    private final Spreadsheets spreadsheets;
    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Registrations registrations;
    private final OrganizationService organizations;

    @Activate
    public RegistrationSheets(@Reference Spreadsheets spreadsheets, @Reference(target = CommunityModule.UNIT) JpaTemplate jpa,
                              @Reference CommunityUnits units, @Reference Registrations registrations,
                              @Reference OrganizationService organizations) {
        this.spreadsheets = spreadsheets;
        this.jpa = jpa;
        this.scope = units.scope();
        this.registrations = registrations;
        this.organizations = organizations;
    }

    /** The registrations with the communities under the unit (rows read before the download starts streaming). */
    public List<List<String>> rows(Long unit) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Registration> found = registrations.search(unit, null, false, PageRequest.of(page, PageRequest.MAX_SIZE));
            for (Registration r : found.items()) {
                rows.add(List.of(Long.toString(r.id()), Long.toString(r.memberId()), text(r.memberName()), text(r.organizationName()),
                        organizations.find(r.communityId()).map(Organization::code).orElse(""), text(r.communityName()),
                        text(r.volunteerPost()), r.registeredOn().toString(), r.status().labels().zhCN()));
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                return rows;
            }
        }
    }

    public void write(FileFormat format, List<List<String>> rows, OutputStream out) throws IOException {
        spreadsheets.write(format, HEADERS, rows, out);
    }

    public Imported importRows(Long unit, FileFormat format, InputStream in) {
        Organization under = scope.enabledUnit(unit, "unit");
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(MEMBER_ID, COMMUNITY_CODE));
        List<SheetRow> parsedRows = new ArrayList<>();
        List<RegistrationDraft> drafts = new ArrayList<>();
        Set<Long> members = new HashSet<>();
        int unchanged = 0;
        for (SheetRow row : sheet.rows()) {
            if (reader.longInteger(row, ID, false) != null) {
                unchanged++;
                continue;
            }
            Long member = reader.longInteger(row, MEMBER_ID, true);
            if (member != null && !members.add(member)) {
                reader.reject(row, MEMBER_ID, CommunityMessages.TEXT.message("sheet.memberTwice", member));
            }
            Organization community = community(reader, row, under);
            String post = reader.text(row, POST, false);
            LocalDate on = reader.date(row, REGISTERED_ON, false);
            if (member != null && community != null) {
                parsedRows.add(row);
                drafts.add(new RegistrationDraft(member, community.id(), post, on));
            }
        }
        reader.throwIfRejected();
        jpa.tx(TransactionType.Required, em -> {
            for (int i = 0; i < drafts.size() && !reader.hasErrors(); i++) {
                try {
                    registrations.register(drafts.get(i));
                } catch (ValidationException e) {
                    List<FieldError> errors = e.errors();
                    for (int j = 0; j < errors.size(); j++) {
                        reader.reject(parsedRows.get(i), COLUMNS.getOrDefault(errors.get(j).field(), errors.get(j).field()), e.reason(j));
                    }
                } catch (GrassrootsException e) {
                    reader.reject(parsedRows.get(i), MEMBER_ID, e.message());
                }
            }
            reader.throwIfRejected(); // rolls the transaction back: nothing of the file is stored
        });
        return new Imported(sheet.rows().size(), drafts.size(), unchanged);
    }

    /** The row's community by its code: a community under the unit, or null with the cell refused. */
    private Organization community(RowReader reader, SheetRow row, Organization under) {
        String code = reader.text(row, COMMUNITY_CODE, true);
        if (code == null) {
            return null;
        }
        Organization found = organizations.findByCode(code).orElse(null);
        if (found == null || found.unitType() != UnitType.COMMUNITY || !found.path().startsWith(under.path())) {
            reader.reject(row, COMMUNITY_CODE, CommunityMessages.TEXT.message("sheet.community", code));
            return null;
        }
        return found;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
