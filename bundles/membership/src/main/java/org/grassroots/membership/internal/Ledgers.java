package org.grassroots.membership.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.io.Spreadsheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ledgers street offices keep in spreadsheets (发展党员台账, 流动党员台账) as XLSX or CSV through core's spreadsheet
 * service: the rows of a subtree as the lists show them, personal data masked as in the lists (the full values only
 * through the audited single read). The headers are Chinese, as the ledgers are. The rows are read in full before a
 * byte is written, so a refused unit is a clean 403/404 and not a broken download.
 */
@Component(service = Ledgers.class)
public class Ledgers {
    static final List<String> FILE_HEADERS = List.of("姓名", "性别", "出生日期", "身份证号", "联系电话", "所在党组织", "阶段",
            "申请入党日期", "入党志愿书编号", "接收为预备党员日期", "预备期满日期", "转为正式党员日期");
    static final List<String> MOBILE_HEADERS = List.of("姓名", "类型", "所在党组织", "外出（来自）地点", "原因", "起始日期",
            "联系电话", "管理党组织", "返回日期");
    private static final int PAGE = PageRequest.MAX_SIZE;

    private final Pipeline pipeline;
    private final Mobiles mobiles;
    private final Spreadsheets spreadsheets;

    @Activate
    public Ledgers(@Reference Pipeline pipeline, @Reference Mobiles mobiles, @Reference Spreadsheets spreadsheets) {
        this.pipeline = pipeline;
        this.mobiles = mobiles;
        this.spreadsheets = spreadsheets;
    }

    /** The development files of the subtree (of one stage, or all), as {@code GET /files} lists them. */
    public Ledger files(Long unitId, Stage stage) {
        return ledger(FILE_HEADERS, page -> pipeline.search(unitId, stage, null, page), Ledgers::fileRow);
    }

    /** The mobile members of the subtree (one direction, or both; away only, or all). */
    public Ledger mobile(Long unitId, MobileDirection direction, Boolean away) {
        return ledger(MOBILE_HEADERS, page -> mobiles.search(unitId, direction, away, page), Ledgers::mobileRow);
    }

    static List<String> fileRow(DevelopmentFile f) {
        return Arrays.asList(f.name(), f.sex() == null ? null : f.sex().label(), text(f.birthDate()), f.idNumber(), f.phone(),
                f.organizationName(), f.stage().label(), text(f.appliedOn()), f.formNumber(), text(f.joinedOn()),
                text(f.probationEndsOn()), text(f.fullOn()));
    }

    static List<String> mobileRow(Mobile m) {
        return Arrays.asList(m.memberName(), m.direction().label(), m.organizationName(), m.place(), m.reason(), text(m.since()),
                m.contact(), m.managedBy(), text(m.returnedOn()));
    }

    private <T> Ledger ledger(List<String> headers, Function<PageRequest, Page<T>> search, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> found = search.apply(PageRequest.of(page, PAGE));
            found.items().forEach(item -> rows.add(row.apply(item)));
            if (found.items().size() < PAGE || (long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
        return new Ledger(headers, rows);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A ledger read in full, written on demand. */
    public final class Ledger {
        private final List<String> headers;
        private final List<List<String>> rows;

        Ledger(List<String> headers, List<List<String>> rows) {
            this.headers = headers;
            this.rows = rows;
        }

        public int size() {
            return rows.size();
        }

        public void write(FileFormat format, OutputStream out) throws IOException {
            spreadsheets.write(format, headers, rows, out);
        }
    }
}
