package org.grassroots.bench.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.grassroots.core.api.IdNumbers;

/**
 * Writes an import-ready district as XLSX files in the layout of {@code GET /api/core/imports/template}:
 * {@code organizations.xlsx} (one district, {@code streets} streets, the rest of the units spread evenly under
 * them) and {@code members-<batch>.xlsx} files with valid GB 11643 ID numbers, every member in a unit that the
 * organizations file creates.
 * <p>
 * Usage: {@code DataGen <outDir> <codePrefix> <units> <streets> <members> <batches> [<idOffset>]}.
 * Members are spread round-robin over the units below the streets; {@code idOffset} keeps the ID numbers of
 * several runs disjoint. The same arguments always give the same files.
 */
public final class DataGen {
    static final List<String> ORG_HEADERS = List.of("编码", "名称", "上级编码", "单位类型", "党组织类型", "领域", "成立日期",
            "行政区划代码", "状态");
    static final List<String> MEMBER_HEADERS = List.of("姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "联系电话",
            "党员类别", "入党日期", "转正日期", "所在党组织编码", "职务岗位", "党员状态", "流动去向", "居住社区编码", "标签");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏新海峰晨雪梅琳斌";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);

    private DataGen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            throw new IllegalArgumentException("usage: DataGen <outDir> <codePrefix> <units> <streets> <members> <batches> [<idOffset>]");
        }
        Path out = Path.of(args[0]);
        String prefix = args[1];
        int units = Integer.parseInt(args[2]);
        int streets = Integer.parseInt(args[3]);
        int members = Integer.parseInt(args[4]);
        int batches = Integer.parseInt(args[5]);
        long idOffset = args.length > 6 ? Long.parseLong(args[6]) : 0;
        Files.createDirectories(out);
        int leaves = units - 1 - streets;
        writeOrganizations(out.resolve("organizations.xlsx"), prefix, streets, leaves);
        int perBatch = (members + batches - 1) / batches;
        for (int b = 0; b < batches; b++) {
            int from = b * perBatch;
            int to = Math.min(members, from + perBatch);
            writeMembers(out.resolve("members-" + b + ".xlsx"), prefix, streets, leaves, from, to, idOffset);
        }
    }

    static String streetCode(String prefix, int street) {
        return String.format("%s-S%02d", prefix, street);
    }

    static String leafCode(String prefix, int streets, int leaf) {
        return String.format("%s-%04d", streetCode(prefix, leaf % streets), leaf / streets);
    }

    private static void writeOrganizations(Path file, String prefix, int streets, int leaves) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "grassroots-bench", "1.0")) {
            Worksheet ws = wb.newWorksheet("组织");
            header(ws, ORG_HEADERS);
            int r = 1;
            row(ws, r++, prefix, "基准测试区党工委", "", "区", "党工委", "城市社区", "2010-01-01", "370112", "正常");
            for (int s = 0; s < streets; s++) {
                row(ws, r++, streetCode(prefix, s), "基准街道" + (s + 1) + "党工委", prefix, "街道", "党工委", "城市社区",
                        "2010-01-01", "370112", "正常");
            }
            for (int leaf = 0; leaf < leaves; leaf++) {
                boolean community = leaf % 3 == 0;
                row(ws, r++, leafCode(prefix, streets, leaf), (community ? "基准社区" : "基准企业") + leaf + "党支部",
                        streetCode(prefix, leaf % streets), community ? "社区" : "企业", "党支部",
                        community ? "城市社区" : "新兴领域", "2015-06-01", "", "正常");
            }
            ws.finish();
        }
    }

    private static void writeMembers(Path file, String prefix, int streets, int leaves, int from, int to, long idOffset)
            throws IOException {
        Random random = new Random(from * 31L + idOffset);
        try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "grassroots-bench", "1.0")) {
            Worksheet ws = wb.newWorksheet("党员");
            header(ws, MEMBER_HEADERS);
            int r = 1;
            for (int i = from; i < to; i++) {
                long n = i + idOffset;
                // 1,000 sequence codes per birth date: unique numbers for up to ~20 million members
                LocalDate birth = FIRST_BIRTH.plusDays(n / 1000);
                int sequence = (int) (n % 1000);
                String first17 = "370112" + birth.toString().replace("-", "") + String.format("%03d", sequence);
                String id = first17 + IdNumbers.checkCharacter(first17);
                String sex = sequence % 2 == 1 ? "男" : "女";
                LocalDate joined = birth.plusYears(25);
                String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                        + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
                row(ws, r++, name, sex, "汉族", birth.toString(), id, "本科", "", "正式党员", joined.toString(),
                        joined.plusYears(1).toString(), leafCode(prefix, streets, i % leaves), "", "正常", "", "", "");
            }
            ws.finish();
        }
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
        }
    }

    private static void row(Worksheet ws, int r, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                ws.value(r, c, cells[c]);
            }
        }
    }
}
