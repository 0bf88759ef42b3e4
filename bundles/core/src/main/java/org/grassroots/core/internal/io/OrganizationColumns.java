package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.SheetRow;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.UnitType;

/**
 * The unit spreadsheet: one layout shared by import, export and the downloadable template. The parent is
 * given by code so a whole tree can be imported in one file. The secretary is left out: a secretary is a
 * member, and members are imported after their units exist.
 */
public final class OrganizationColumns {

    private static final Column CODE = Column.required("编码", "code", "组织编码", "单位编码");
    private static final Column NAME = Column.required("名称", "name", "组织名称", "单位名称");
    private static final Column PARENT = Column.optional("上级编码", "parentId", "parentCode", "parent", "上级组织编码");
    private static final Column UNIT_TYPE = Column.required("单位类型", "unitType");
    private static final Column PARTY_ORG_TYPE = Column.optional("党组织类型", "partyOrgType");
    private static final Column DOMAIN = Column.optional("领域", "domain");
    private static final Column FOUNDED_ON = Column.optional("成立日期", "foundedOn", "成立时间");
    private static final Column DIVISION_CODE = Column.optional("行政区划代码", "divisionCode", "区划代码");
    private static final Column STATUS = Column.optional("状态", "status");

    private final ColumnLayout layout = new ColumnLayout(List.of(CODE, NAME, PARENT, UNIT_TYPE, PARTY_ORG_TYPE,
            DOMAIN, FOUNDED_ON, DIVISION_CODE, STATUS));

    /** The Chinese headers in file order. */
    public List<String> headers() {
        return layout.headers();
    }

    /** The parent of the template's example unit: a community of the demo district. */
    public static final String EXAMPLE_PARENT = "JNGX-S01-C01";

    /**
     * A filled-in row for the template: a new grid below a community of the demo district (its parent exists there,
     * its own code does not yet).
     */
    public List<String> exampleRow() {
        return List.of(EXAMPLE_PARENT + "-G90", "示例网格党支部", EXAMPLE_PARENT, UnitType.GRID.label(), PartyOrgType.BRANCH.label(),
                Domain.URBAN_COMMUNITY.label(), "2024-07-01", "", OrgStatus.ACTIVE.label());
    }

    /**
     * The unit as an export row in {@link #headers()} order.
     *
     * @param organizationCode the code of the unit with the given id (used for the parent)
     */
    public List<String> toRow(Organization organization, LongFunction<String> organizationCode) {
        return List.of(
                text(organization.code()),
                text(organization.name()),
                organization.parentId() == null ? "" : text(organizationCode.apply(organization.parentId())),
                organization.unitType() == null ? "" : organization.unitType().label(),
                organization.partyOrgType() == null ? "" : organization.partyOrgType().label(),
                organization.domain() == null ? "" : organization.domain().label(),
                date(organization.foundedOn()),
                text(organization.divisionCode()),
                organization.status() == null ? "" : organization.status().label());
    }

    /** Errors of the header row: required columns missing or given twice. Empty when the file can be read. */
    public List<RowError> checkHeaders(List<String> headers) {
        return layout.checkHeaders(headers);
    }

    /** {@link #checkHeaders(List)} in both languages. */
    public List<RowProblem> headerProblems(List<String> headers) {
        return layout.headerProblems(headers);
    }

    /**
     * Reads one row into a draft. Cells that cannot be read are left null in the draft and reported; whether
     * the parent exists or the code is unique is checked later, against the database and the whole file.
     */
    public ParsedRow<ParsedOrganization> parse(SheetRow row) {
        // Read in column order so that the errors of a row come out in the order the user sees the cells.
        CellParser cells = layout.parser(row);
        String code = cells.text(CODE);
        String name = cells.text(NAME);
        String parentCode = cells.text(PARENT);
        UnitType unitType = cells.choice(UNIT_TYPE, UnitType.class, UnitType::parse, UnitType::label);
        PartyOrgType partyOrgType = cells.choice(PARTY_ORG_TYPE, PartyOrgType.class, PartyOrgType::parse, PartyOrgType::label);
        Domain domain = cells.choice(DOMAIN, Domain.class, Domain::parse, Domain::label);
        LocalDate foundedOn = cells.date(FOUNDED_ON);
        String divisionCode = cells.text(DIVISION_CODE);
        OrgStatus status = cells.choice(STATUS, OrgStatus.class, OrgStatus::parse, OrgStatus::label);

        OrganizationDraft draft = new OrganizationDraft(code, name, null, unitType, partyOrgType, domain, null,
                foundedOn, divisionCode, status);
        return new ParsedRow<>(row.rowNumber(), new ParsedOrganization(row.rowNumber(), draft, parentCode),
                cells.problems());
    }

    /**
     * The header of the column an {@link OrganizationDraft} field comes from, e.g. {@code parentId} → 上级编码,
     * so validation errors can be reported as (row, column, reason). Unknown fields (such as
     * {@code secretaryId}, which is not imported) are returned unchanged.
     */
    public String headerFor(String field) {
        return layout.headerFor(field);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
