package org.grassroots.affairs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A campaign's ratings as a spreadsheet (XLSX or CSV through core's {@link Spreadsheets}): the export is also the
 * template (one row per listed member); the import enters the ratings filled in, all rows or none.
 */
@Component(service = RatingSheets.class)
public class RatingSheets {
    static final String MEMBER = "党员编号";
    static final String NAME = "姓名";
    static final String RATING = "评议等次";
    static final String FOLLOW_UP = "后续处置";
    static final String EXCUSED = "不参加评议原因";
    static final List<String> HEADERS = List.of(MEMBER, NAME, RATING, FOLLOW_UP, EXCUSED);
    private static final Map<String, String> COLUMNS = Map.of("memberId", MEMBER, "rating", RATING, "followUp", FOLLOW_UP,
            "excused", EXCUSED, "note", RATING);

    private final Spreadsheets spreadsheets;
    private final Evaluations evaluations;

    @Activate
    public RatingSheets(@Reference Spreadsheets spreadsheets, @Reference Evaluations evaluations) {
        this.spreadsheets = spreadsheets;
        this.evaluations = evaluations;
    }

    public void export(long campaignId, FileFormat format, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RatingLine line : evaluations.lines(campaignId)) {
            rows.add(List.of(String.valueOf(line.memberId()), line.memberName() == null ? "" : line.memberName(),
                    line.rating() == null ? "" : line.rating().label(), line.followUp() == null ? "" : line.followUp(),
                    line.excused() == null ? "" : line.excused()));
        }
        spreadsheets.write(format, HEADERS, rows, out);
    }

    /** Reads the file and enters its ratings; answers how many were entered. */
    public int importRatings(long campaignId, FileFormat format, InputStream in) {
        evaluations.get(campaignId); // 404 before the file is read when the campaign is not the caller's
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(MEMBER, RATING));
        reader.throwIfRejected();
        List<RatingDraft> drafts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Long member = reader.longInteger(row, MEMBER, true);
            Rating rating = reader.choice(row, RATING, false, Rating.class, RatingSheets::parse, Rating::label);
            drafts.add(new RatingDraft(member, rating, null, blank(row.value(FOLLOW_UP)), blank(row.value(EXCUSED))));
            rows.add(row.rowNumber());
        }
        // no throw yet: the rating rules below add their refusals, so one answer lists every bad cell
        return evaluations.importRows(campaignId, drafts, rows, COLUMNS, reader);
    }

    /** A rating by its Chinese label (优秀) or its code (EXCELLENT). */
    static Rating parse(String text) {
        String t = text.strip();
        for (Rating r : Rating.values()) {
            if (r.label().equals(t) || r.name().equalsIgnoreCase(t)) {
                return r;
            }
        }
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
