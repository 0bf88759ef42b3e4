package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.document.Document.Paragraph;
import org.grassroots.core.api.document.Document.Table;
import org.grassroots.core.api.text.Languages;
import org.junit.jupiter.api.Test;

/** The minutes print the meeting's facts, attendance with reasons, summary and review in the reader's language. */
class MinutesDocumentTest {
    private static final Map<Long, String> NAMES = Map.of(11L, "张书记", 12L, "李记录");

    private static Meeting meeting(MeetingType type, boolean counted, String summary) {
        return new Meeting(7, 3, "第一党支部", type, MeetingStatus.APPROVED, "学习贯彻全会精神", "一、传达精神；二、讨论",
                LocalDate.of(2024, 5, 10), "党员活动室", LocalDate.of(2024, 5, 20), 11L, 12L, 11L, true, 9, 4, counted,
                summary, "同意", 0, List.of(new AttendanceLine(11, "张书记", true, null, true), new AttendanceLine(12, "李记录", true, null, true),
                new AttendanceLine(13, "王党员", false, "出差", true), new AttendanceLine(14, "赵党员", false, "未请假", false)), List.of(MeetingAction.ARCHIVE), "sec", Instant.EPOCH, "sec",
                Instant.EPOCH, "sec", Instant.EPOCH, "street", Instant.parse("2024-05-25T08:00:00Z"), null, null, null, null, null, 1);
    }

    private static String all(Document d) {
        StringBuilder s = new StringBuilder(d.titlePage().title()).append('|').append(d.titlePage().subtitle());
        d.titlePage().lines().forEach(l -> s.append('|').append(l));
        for (Document.Block b : d.blocks()) {
            if (b instanceof Document.Heading h) {
                s.append('|').append(h.text());
            } else if (b instanceof Paragraph p) {
                s.append('|').append(p.text());
            } else if (b instanceof Table t) {
                s.append('|').append(String.join(",", t.header()));
                t.rows().forEach(r -> s.append('|').append(String.join(",", r)));
            }
        }
        return s.toString();
    }

    @Test
    void aLectureInChinese() {
        String text = all(MinutesDocument.of(meeting(MeetingType.LECTURE, true, "会议认为……"), NAMES::get, Languages.ZH_CN));
        assertTrue(text.startsWith("第一党支部党课会议记录|学习贯彻全会精神|第一党支部|2024年5月20日"), text);
        assertTrue(text.contains("授课人,张书记（书记讲党课）"), text);
        assertTrue(text.contains("主持人,张书记") && text.contains("记录人,李记录"), text);
        assertTrue(text.contains("应到 9 人，实到 4 人"), text);
        assertTrue(text.contains("张书记、李记录"), text);
        assertTrue(text.contains("王党员,出差|"), text);
        assertTrue(text.contains("赵党员,未请假（无正当理由）"), text);
        assertTrue(text.contains("会议认为……"), text);
        assertTrue(text.contains("审核人：street，审核日期：2024-05-25\n同意"), text);
    }

    @Test
    void aGeneralMeetingWithoutQuorumSaysSoInEnglish() {
        String text = all(MinutesDocument.of(meeting(MeetingType.BRANCH_GENERAL, false, null), NAMES::get, Languages.ENGLISH));
        assertTrue(text.startsWith("Minutes of the Branch general meeting of 第一党支部|"), text);
        assertTrue(text.contains("20 May 2024"), text);
        assertTrue(text.contains("no more than half of the full members"), text);
        assertTrue(text.contains("The minutes are attached"), text);
        assertFalse(text.contains("Lecturer"), text);
    }

    @Test
    void onlyHeldMeetingsHaveMinutes() {
        assertFalse(MinutesDocument.printable(MeetingStatus.PLANNED));
        assertFalse(MinutesDocument.printable(MeetingStatus.CANCELLED));
        assertTrue(MinutesDocument.printable(MeetingStatus.HELD));
        assertTrue(MinutesDocument.printable(MeetingStatus.ARCHIVED));
        assertEquals("第一党支部-党课-2024-05-20", MinutesDocument.fileName(meeting(MeetingType.LECTURE, true, null)));
    }
}
