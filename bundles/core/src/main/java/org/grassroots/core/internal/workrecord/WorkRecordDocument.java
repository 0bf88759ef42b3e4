package org.grassroots.core.internal.workrecord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.workrecord.WorkRecord;
import org.grassroots.core.api.workrecord.WorkRecordSections;

/**
 * The work record as a printable {@link Document}: a title page, then one chapter per section (一、二、… in the order
 * of the special actions) with the people's text (the template's sentences where nobody wrote any), the figures
 * table and the notable items. A frozen year prints its frozen figures, so the published report never changes.
 */
final class WorkRecordDocument {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五"};
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Map<String, LocalizedText> UNITS = Map.ofEntries(
            Map.entry("people", LocalizedText.of("人", "people")), Map.entry("persons", LocalizedText.of("人", "people")),
            Map.entry("person", LocalizedText.of("人", "people")), Map.entry("hours", LocalizedText.of("小时", "hours")),
            Map.entry("studyHours", LocalizedText.of("学时", "study hours")),
            Map.entry("villages", LocalizedText.of("个村", "villages")),
            Map.entry("yuan10k", LocalizedText.of("万元", "10,000 yuan")), Map.entry("percent", LocalizedText.of("%", "%")),
            Map.entry("yuan", LocalizedText.of("元", "yuan")), Map.entry("days", LocalizedText.of("天", "days")),
            Map.entry("score", LocalizedText.of("分", "points")), Map.entry("points", LocalizedText.of("分", "points")),
            Map.entry("buildings", LocalizedText.of("栋", "buildings")));

    private WorkRecordDocument() {
    }

    static Document of(WorkRecordEdition edition, Locale locale) {
        boolean en = Languages.isEnglish(locale);
        WorkRecord record = edition.record();
        Map<String, String> texts = new HashMap<>();
        edition.drafts().forEach(d -> texts.put(d.module(), d.text()));
        Map<String, Double> frozen = new HashMap<>();
        if (edition.snapshot() != null) {
            edition.snapshot().figures().forEach(f -> frozen.put(f.module() + "/" + f.id(), f.frozen()));
        }
        LocalDate today = LocalDate.now(CHINA);
        String date = en ? today.toString() : today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        String state;
        if (edition.snapshot() != null) {
            LocalDate frozenOn = edition.snapshot().frozenAt().atZone(CHINA).toLocalDate();
            state = en ? "Frozen on " + frozenOn : "（" + frozenOn.getYear() + "年" + frozenOn.getMonthValue() + "月"
                    + frozenOn.getDayOfMonth() + "日定稿）";
        } else {
            state = en ? "Draft: figures as of " + date : "（草稿，数据截至" + date + "）";
        }
        Document.TitlePage title = new Document.TitlePage(
                en ? "Work record " + record.year() + ": " + record.unitName()
                        : record.unitName() + record.year() + "年度基层党建工作纪实",
                state, List.of(record.unitName(), date));
        List<Document.Block> blocks = new ArrayList<>();
        int index = 0;
        for (WorkRecord.Section section : record.sections()) {
            String heading = en ? (index + 1) + ". " + section.title().en()
                    : (index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1)) + "、" + section.title().zhCN();
            index++;
            blocks.add(new Document.Heading(1, heading));
            String text = texts.getOrDefault(section.module(), pick(section.summary(), en));
            if (text != null && !text.isBlank()) {
                blocks.add(new Document.Paragraph(text));
            }
            List<List<String>> rows = new ArrayList<>();
            for (WorkRecord.ComparedFigure f : section.figures()) {
                double value = frozen.getOrDefault(section.module() + "/" + f.id(), f.value());
                rows.add(List.of(pick(f.label(), en), amount(value, f.unit(), en),
                        f.previousYear() == null ? "—" : amount(f.previousYear(), f.unit(), en),
                        f.previousYear() == null ? "—" : signed(value - f.previousYear())));
            }
            if (!rows.isEmpty()) {
                blocks.add(new Document.Table(en ? List.of("Figure", "This year", "Year before", "Change")
                        : List.of("指标", "本年", "上年", "增减"), rows));
            }
            if (!section.highlights().isEmpty()) {
                blocks.add(new Document.Heading(2, en ? "Notable" : "典型与亮点"));
                StringBuilder items = new StringBuilder();
                section.highlights().forEach(h -> items.append(items.length() == 0 ? "" : "\n").append(pick(h, en)));
                blocks.add(new Document.Paragraph(items.toString()));
            }
        }
        return new Document(title, blocks);
    }

    static String amount(double value, String unit, boolean en) {
        LocalizedText label = UNITS.get(unit);
        String suffix = label == null ? "" : en ? " " + label.en() : label.zhCN();
        return WorkRecordSections.number(value) + suffix;
    }

    private static String signed(double delta) {
        return delta == 0 ? "0" : (delta > 0 ? "+" : "−") + WorkRecordSections.number(Math.abs(delta));
    }

    private static String pick(LocalizedText text, boolean en) {
        return text == null ? "" : en ? text.en() : text.zhCN();
    }
}
