package org.grassroots.education.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The spreadsheets people keep for education: a session's sign-in sheet (the roster, downloaded before the session,
 * filled in and uploaded afterwards: all rows or none) and the list of members below the requirement.
 */
@Component(service = EducationSheets.class)
public class EducationSheets {
    static final String MEMBER = "党员编号";
    static final String NAME = "姓名";
    static final String UNIT = "所在组织";
    static final String ATTENDANCE = "考勤";
    public static final List<String> SIGN_IN = List.of(MEMBER, NAME, UNIT, ATTENDANCE);
    public static final List<String> BEHIND = List.of(MEMBER, NAME, UNIT, "已获学时", "要求学时", "差额");

    private final Spreadsheets spreadsheets;
    private final Sessions sessions;
    private final Compliance compliance;

    @Activate
    public EducationSheets(@Reference Spreadsheets spreadsheets, @Reference Sessions sessions, @Reference Compliance compliance) {
        this.spreadsheets = spreadsheets;
        this.sessions = sessions;
        this.compliance = compliance;
    }

    /** Writes rows read before the answer started (so a refusal is still a proper 4xx). */
    public void write(FileFormat format, List<String> headers, List<List<String>> rows, OutputStream out) throws IOException {
        spreadsheets.write(format, headers, rows, out);
    }

    /** The roster as sign-in sheet rows; the attendance column holds what is recorded (empty while planned). */
    public List<List<String>> signInRows(long sessionId) {
        List<List<String>> rows = new ArrayList<>();
        for (RosterEntry e : sessions.roster(sessionId)) {
            rows.add(List.of(String.valueOf(e.memberId()), e.memberName(), e.unitName() == null ? "" : e.unitName(),
                    e.status() == null ? "" : e.status().label()));
        }
        return rows;
    }

    /**
     * Records (or corrects) the attendance from a filled-in sign-in sheet: 出席, 请假 or 缺席 per member; members of
     * the roster the sheet leaves out are absent. Every bad row is refused together, nothing is stored then.
     */
    public Session importSignIn(long sessionId, long version, FileFormat format, InputStream in) {
        Session session = sessions.get(sessionId);
        Set<Long> roster = new HashSet<>();
        sessions.roster(sessionId).forEach(e -> roster.add(e.memberId()));
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(MEMBER, ATTENDANCE));
        reader.throwIfRejected();
        List<Long> present = new ArrayList<>();
        List<Long> excused = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            Long member = reader.longInteger(row, MEMBER, true);
            AttendanceStatus status = reader.choice(row, ATTENDANCE, true, AttendanceStatus.class,
                    EducationSheets::attendance, AttendanceStatus::label);
            if (member == null || status == null) {
                continue;
            }
            if (!roster.contains(member)) {
                reader.reject(row, MEMBER, "党员 " + member + " 不在本次培训的名单中");
            } else if (!seen.add(member)) {
                reader.reject(row, MEMBER, "同一党员出现了两次");
            } else if (status == AttendanceStatus.PRESENT) {
                present.add(member);
            } else if (status == AttendanceStatus.EXCUSED) {
                excused.add(member);
            }
        }
        reader.throwIfRejected();
        SessionAction action = session.status() == SessionStatus.PLANNED ? SessionAction.HOLD : SessionAction.CORRECT;
        return sessions.attendance(sessionId, version, action, new AttendanceDraft(present, excused));
    }

    /** 出席 / 请假 / 缺席, or the code (PRESENT, …), or a tick (√, ✓) for present. */
    static AttendanceStatus attendance(String text) {
        String v = text.trim();
        if (v.equals("√") || v.equals("✓") || v.equalsIgnoreCase("Y")) {
            return AttendanceStatus.PRESENT;
        }
        for (AttendanceStatus s : AttendanceStatus.values()) {
            if (s.name().equalsIgnoreCase(v) || s.label().equals(v) || s.labels().en().equalsIgnoreCase(v)) {
                return s;
            }
        }
        return null;
    }

    /** The members of the subtree below the requirement of the year, the largest shortfall first. */
    public List<List<String>> behindRows(Long unitId, int year) {
        List<List<String>> rows = new ArrayList<>();
        for (Behind b : compliance.behind(unitId, year)) {
            rows.add(List.of(String.valueOf(b.memberId()), b.memberName(), b.unitName() == null ? "" : b.unitName(),
                    b.hours().toPlainString(), b.requirement().toPlainString(), b.shortfall().toPlainString()));
        }
        return rows;
    }
}
