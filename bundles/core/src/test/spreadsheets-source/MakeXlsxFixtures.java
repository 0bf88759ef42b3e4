import java.io.FileOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX files of core's real-world spreadsheet fixtures with Apache POI (LibreOffice is not installed on
 * the build machines, so these are POI-written, shaped as people's member rolls are): a title merged across the
 * columns above the header, group headings merged over column groups, dates typed as dates (two formats), the phone
 * typed as a number, bordered empty rows below the data. Run from this directory:
 * {@code java -cp <poi, poi-ooxml, poi-ooxml-lite, xmlbeans, commons-io, commons-compress, commons-collections4,
 * log4j-api, SparseBitSet, commons-codec, commons-math3> MakeXlsxFixtures.java}
 */
public class MakeXlsxFixtures {
    static final List<String> HEADERS = List.of("姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "联系电话",
            "党员类别", "入党日期", "转正日期", "所在党组织编码", "职务岗位", "党员状态", "流动去向", "居住社区编码", "标签");
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    public static void main(String[] args) throws IOException {
        write("../resources/spreadsheets/members-poi-merged-title.xlsx", false,
                new Object[] {"郑国栋", LocalDate.of(1968, 4, 12), 51}, new Object[] {"吴佳怡", LocalDate.of(1992, 9, 9), 52});
        write("../resources/spreadsheets/members-poi-group-headers.xlsx", true,
                new Object[] {"冯德胜", LocalDate.of(1958, 1, 20), 61}, new Object[] {"何静", LocalDate.of(1986, 8, 15), 62});
    }

    static String idNumber(LocalDate birth, int sequence) {
        String first17 = "440305" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static void write(String file, boolean groupHeadings, Object[]... members) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("党员名册");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle bordered = workbook.createCellStyle();
            bordered.setBorderBottom(BorderStyle.THIN);
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row top = sheet.createRow(0);
            if (groupHeadings) {
                cell(top, 0, "基本信息", heading);
                cell(top, 7, "党籍信息", heading);
                cell(top, 12, "其他", heading);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 7, 11));
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 12, 15));
            } else {
                cell(top, 0, "南山区某某社区党支部党员名册（" + "2024年）", heading);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            }
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.size(); i++) {
                cell(header, i, HEADERS.get(i), heading);
            }
            int r = 2;
            for (Object[] member : members) {
                String name = (String) member[0];
                LocalDate birth = (LocalDate) member[1];
                int sequence = (Integer) member[2];
                LocalDate joined = birth.plusYears(25);
                Row row = sheet.createRow(r++);
                cell(row, 0, name, null);
                cell(row, 1, sequence % 2 == 1 ? "男" : "女", null);
                cell(row, 2, "汉族", null);
                row.createCell(3).setCellValue(birth);
                row.getCell(3).setCellStyle(isoDate);
                cell(row, 4, idNumber(birth, sequence), null);
                cell(row, 5, "大学专科", null);
                row.createCell(6).setCellValue(13800138000d);
                cell(row, 7, "正式党员", null);
                row.createCell(8).setCellValue(joined);
                row.getCell(8).setCellStyle(chineseDate);
                row.createCell(9).setCellValue(joined.plusYears(1));
                row.getCell(9).setCellStyle(chineseDate);
                cell(row, 10, "FX-BRANCH", null);
                cell(row, 11, "党员", null);
                cell(row, 12, "正常", null);
            }
            // the bordered rows a roll keeps for members to come: empty, but present in the file
            for (; r < 20; r++) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < HEADERS.size(); i++) {
                    row.createCell(i).setCellStyle(bordered);
                }
            }
            try (FileOutputStream out = new FileOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
