package org.grassroots.core.internal.annualstats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.grassroots.core.api.annualstats.AnnualTables;
import org.grassroots.core.api.annualstats.StatRow;
import org.grassroots.core.api.annualstats.StatTable;
import org.grassroots.core.api.module.LocalizedText;

/**
 * The annual tables as an XLSX workbook with core's spreadsheet library (fastexcel): one sheet per table, named by
 * the table's title, with a heading line (unit, year, as-of day), the rows with counts and shares as numbers, and
 * the total. Texts in the reader's language, Chinese unless English was asked for.
 */
final class AnnualWorkbook {
    /** Excel refuses sheet names longer than this or holding any of these characters. */
    private static final int SHEET_NAME_MAX = 31;
    private static final String SHEET_NAME_FORBIDDEN = "[\\[\\]:*?/\\\\]";

    private AnnualWorkbook() {
    }

    static void write(AnnualTables tables, boolean english, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "grassroots", "1.0");
        Set<String> used = new HashSet<>();
        for (StatTable table : tables.tables()) {
            Worksheet sheet = workbook.newWorksheet(sheetName(text(table.title(), english), used));
            String heading = english
                    ? tables.unitName() + " · " + tables.year() + " · " + table.title().en() + " (as of " + tables.asOf() + ")"
                    : tables.unitName() + " " + tables.year() + "年 " + table.title().zhCN() + "（截至" + tables.asOf() + "）";
            sheet.inlineString(0, 0, heading);
            sheet.style(0, 0).bold().set();
            List<String> headers = List.of(text(table.keyHeading(), english), english ? "Count" : "数量",
                    english ? "Share" : "占比");
            for (int c = 0; c < headers.size(); c++) {
                sheet.inlineString(2, c, headers.get(c));
                sheet.style(2, c).bold().set();
            }
            sheet.width(0, 28);
            sheet.width(1, 12);
            sheet.width(2, 12);
            int r = 3;
            for (StatRow row : table.rows()) {
                sheet.inlineString(r, 0, text(row.label(), english));
                sheet.value(r, 1, row.count());
                share(sheet, r, row.count(), table.total());
                r++;
            }
            sheet.inlineString(r, 0, english ? "Total" : "合计");
            sheet.value(r, 1, table.total());
            share(sheet, r, table.total(), table.total());
            sheet.style(r, 0).bold().set();
            sheet.style(r, 1).bold().set();
        }
        workbook.finish();
        out.flush();
    }

    private static void share(Worksheet sheet, int r, long count, long total) {
        if (total > 0) {
            sheet.value(r, 2, (double) count / total);
            sheet.style(r, 2).format("0.0%").set();
        }
    }

    /** The title, cut to Excel's limit and made unique (a number appended) within the workbook. */
    static String sheetName(String title, Set<String> used) {
        String base = title.replaceAll(SHEET_NAME_FORBIDDEN, " ").trim();
        base = base.length() > SHEET_NAME_MAX ? base.substring(0, SHEET_NAME_MAX) : base;
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase()); n++) {
            String suffix = " " + n;
            name = (base.length() + suffix.length() > SHEET_NAME_MAX ? base.substring(0, SHEET_NAME_MAX - suffix.length())
                    : base) + suffix;
        }
        return name;
    }

    private static String text(LocalizedText text, boolean english) {
        return english ? text.en() : text.zhCN();
    }
}
