package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.document.Document.Block;
import org.grassroots.core.api.document.Document.Heading;
import org.grassroots.core.api.document.Document.Paragraph;
import org.grassroots.core.api.document.Document.Table;
import org.grassroots.core.api.text.Languages;

/**
 * A held meeting as the minutes people print and file (会议记录): the title page, the facts (type, day, place, chair,
 * recorder, lecturer, entitled and present, whether it counts), the topics, who attended, who was absent and why, the
 * minutes' summary and the review. Built from the meeting alone, in the reader's language, so that it can be tested
 * without a container; core's {@code DocumentWriter} writes it as Word or PDF.
 */
final class MinutesDocument {
    private MinutesDocument() {
    }

    /**
     * @param names a member's name by id (through core's references; {@code null} when unknown)
     */
    static Document of(Meeting m, LongFunction<String> names, Locale locale) {
        boolean english = Languages.isEnglish(locale);
        String type = english ? m.type().labels().en() : m.type().labels().zhCN();
        Document.TitlePage title = Document.TitlePage.heading(text(locale, "minutes.title", m.organizationName(), type), m.title(),
                List.of(m.organizationName(), date(m.heldOn(), locale)));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, text(locale, "minutes.facts")));
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(text(locale, "minutes.type"), type));
        facts.add(List.of(text(locale, "minutes.subject"), m.title()));
        facts.add(List.of(text(locale, "minutes.heldOn"), date(m.heldOn(), locale)));
        facts.add(List.of(text(locale, "minutes.place"), orDash(m.place())));
        facts.add(List.of(text(locale, "minutes.chair"), person(m.chairMemberId(), names)));
        facts.add(List.of(text(locale, "minutes.recorder"), person(m.recorderMemberId(), names)));
        if (m.type() == MeetingType.LECTURE) {
            facts.add(List.of(text(locale, "minutes.lecturer"), person(m.lecturerMemberId(), names)
                    + (m.bySecretary() ? text(locale, "minutes.bySecretary") : "")));
        }
        facts.add(List.of(text(locale, "minutes.attendance"), text(locale, "minutes.attendance.figures", m.entitled(), m.present())));
        facts.add(List.of(text(locale, "minutes.counted"), text(locale, m.counted() ? "minutes.counted.yes"
                : m.type().needsQuorum() ? "minutes.counted.noQuorum" : "minutes.counted.no")));
        facts.add(List.of(text(locale, "minutes.status"), english ? m.status().labels().en() : m.status().labels().zhCN()));
        blocks.add(new Table(List.of(text(locale, "minutes.item"), text(locale, "minutes.content")), facts));
        blocks.add(new Heading(1, text(locale, "minutes.topics")));
        blocks.add(new Paragraph(orDash(m.topics())));
        blocks.add(new Heading(1, text(locale, "minutes.present")));
        List<String> present = m.attendance().stream().filter(AttendanceLine::present).map(a -> name(a, names)).toList();
        blocks.add(new Paragraph(present.isEmpty() ? "—" : String.join(english ? ", " : "、", present)));
        List<List<String>> absent = m.attendance().stream().filter(a -> !a.present())
                .map(a -> List.of(name(a, names), orDash(a.reason()) + (a.excused() ? "" : text(locale, "minutes.unexcused"))))
                .toList();
        blocks.add(new Heading(1, text(locale, "minutes.absent")));
        if (absent.isEmpty()) {
            blocks.add(new Paragraph(text(locale, "minutes.absent.none")));
        } else {
            blocks.add(new Table(List.of(text(locale, "minutes.member"), text(locale, "minutes.reason")), absent));
        }
        blocks.add(new Heading(1, text(locale, "minutes.summary")));
        blocks.add(new Paragraph(m.summary() != null ? m.summary() : text(locale, "minutes.summary.attached")));
        if (m.reviewedBy() != null) {
            blocks.add(new Heading(1, text(locale, "minutes.review")));
            blocks.add(new Paragraph(text(locale, "minutes.review.by", m.reviewedBy(),
                    m.reviewedAt() == null ? "—" : m.reviewedAt().toString().substring(0, 10))
                    + (m.reviewNote() == null ? "" : "\n" + m.reviewNote())));
        }
        return new Document(title, blocks);
    }

    /** Whether the meeting has minutes to print: it was held (whatever happened to the minutes since). */
    static boolean printable(MeetingStatus status) {
        return status != MeetingStatus.PLANNED && status != MeetingStatus.CANCELLED;
    }

    /** The file name people see: organization, type and day, e.g. 第一党支部-支委会-2024-05-20.docx. */
    static String fileName(Meeting m) {
        return (m.organizationName() + "-" + m.type().label() + "-" + m.heldOn()).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static String text(Locale locale, String key, Object... args) {
        return AffairsText.TEXT.in(locale, key, args);
    }

    static String date(LocalDate day, Locale locale) {
        if (day == null) {
            return "—";
        }
        return day.format(DateTimeFormatter.ofPattern(Languages.isEnglish(locale) ? "d MMMM yyyy" : "yyyy年M月d日", locale));
    }

    private static String person(Long id, LongFunction<String> names) {
        if (id == null) {
            return "—";
        }
        String name = names.apply(id);
        return name != null ? name : "#" + id;
    }

    private static String name(AttendanceLine a, LongFunction<String> names) {
        return a.memberName() != null ? a.memberName() : person(a.memberId(), names);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
