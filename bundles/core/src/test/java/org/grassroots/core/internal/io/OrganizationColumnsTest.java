package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.SheetRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.UnitType;
import org.junit.jupiter.api.Test;

class OrganizationColumnsTest {

    private final OrganizationColumns columns = new OrganizationColumns();

    @Test
    void headersAreTheChineseColumnsInFileOrder() {
        assertEquals(List.of("编码", "名称", "上级编码", "单位类型", "党组织类型", "领域", "成立日期", "行政区划代码", "状态"),
                columns.headers());
        assertEquals(columns.headers().size(), columns.exampleRow().size());
    }

    @Test
    void exportedUnitParsesBackToTheSameDraftWithoutSecretary() {
        Organization unit = new Organization(12, "GX0203", "凤凰国际楼宇联合党支部", 5L, "/1/5/12/", 2, UnitType.BUILDING,
                PartyOrgType.JOINT_BRANCH, Domain.EMERGING, 99L, LocalDate.of(2019, 3, 8), null, OrgStatus.ACTIVE, 4);

        List<String> row = columns.toRow(unit, id -> id == 5L ? "GX02" : null);
        ParsedRow<ParsedOrganization> parsed = columns.parse(sheetRow(6, row));

        assertEquals(List.of("GX0203", "凤凰国际楼宇联合党支部", "GX02", "楼宇", "联合党支部", "新兴领域", "2019-03-08", "", "正常"), row);
        assertEquals(List.of(), parsed.errors());
        assertEquals(new ParsedOrganization(6, new OrganizationDraft("GX0203", "凤凰国际楼宇联合党支部", null, UnitType.BUILDING,
                PartyOrgType.JOINT_BRANCH, Domain.EMERGING, null, LocalDate.of(2019, 3, 8), null, OrgStatus.ACTIVE), "GX02"),
                parsed.value());
    }

    @Test
    void rootUnitHasNoParentCode() {
        Organization root = new Organization(1, "GX", "济南高新区党工委", null, "/1/", 0, UnitType.DISTRICT,
                PartyOrgType.WORKING_COMMITTEE, null, null, null, "370100", OrgStatus.ACTIVE, 0);

        List<String> row = columns.toRow(root, id -> {
            throw new AssertionError("a root has no parent to look up");
        });

        assertEquals("", row.get(2));
        assertEquals(null, columns.parse(sheetRow(2, row)).value().parentCode());
    }

    @Test
    void exampleRowOfTheTemplateIsValid() {
        assertTrue(columns.parse(sheetRow(2, columns.exampleRow())).valid());
    }

    @Test
    void badDateAndUnknownTypeAreReportedWithRowAndColumn() {
        Map<String, String> cells = new HashMap<>(Map.of("编码", "GX09", "名称", "某社区", "单位类型", "小区",
                "成立日期", "2020-02-30"));

        List<RowError> errors = columns.parse(new SheetRow(11, cells)).errors();

        assertEquals(List.of("单位类型", "成立日期"), errors.stream().map(RowError::column).toList());
        assertTrue(errors.stream().allMatch(error -> error.row() == 11));
        assertTrue(errors.get(0).reason().contains("区、街道、园区、村、社区、企业、社会组织、机关事业单位、楼宇、网格"),
                errors.get(0).reason());
    }

    @Test
    void missingRequiredHeadersAreErrorsOnTheHeaderRow() {
        List<RowError> errors = columns.checkHeaders(List.of("编码", "上级编码", "领域"));

        assertEquals(List.of(new RowError(1, "名称", errors.get(0).reason()), new RowError(1, "单位类型", errors.get(1).reason())),
                errors);
    }

    @Test
    void fieldNamesMapToHeaders() {
        assertEquals("上级编码", columns.headerFor("parentId"));
        assertEquals("行政区划代码", columns.headerFor("divisionCode"));
        assertEquals("党组织类型", columns.headerFor("partyOrgType"));
        assertEquals("secretaryId", columns.headerFor("secretaryId"));
    }

    private SheetRow sheetRow(int rowNumber, List<String> values) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                cells.put(columns.headers().get(i), values.get(i));
            }
        }
        return new SheetRow(rowNumber, cells);
    }
}
