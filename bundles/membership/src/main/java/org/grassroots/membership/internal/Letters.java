package org.grassroots.membership.internal;

import java.time.LocalDate;

/**
 * The introduction letter (组织关系介绍信) of a transfer as a printable page: number, addressee, the member, where to,
 * dues paid up to which month, the validity, the receipt slip (回执) to cut off and send back.
 */
public final class Letters {
    private Letters() {
    }

    public static String html(TransferLetter t) {
        String to = t.kind() == TransferKind.WITHIN ? t.targetName() : t.externalOrg();
        String from = t.kind() == TransferKind.IN ? t.externalOrg() : t.organizationName();
        StringBuilder b = new StringBuilder(2048);
        b.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>中国共产党党员组织关系介绍信</title>")
                .append("<style>body{font-family:serif;max-width:40em;margin:2em auto;line-height:2}h1{text-align:center}")
                .append(".no{text-align:right}.cut{border-top:1px dashed #000;margin-top:3em;padding-top:1em}</style></head><body>")
                .append("<h1>中国共产党党员组织关系介绍信</h1>")
                .append("<p class=\"no\">第 ").append(esc(t.letterNo() == null ? "（未开具）" : t.letterNo())).append(" 号</p>")
                .append("<p>").append(esc(t.addressee())).append("：</p>")
                .append("<p>　　兹介绍 <strong>").append(esc(t.memberName())).append("</strong> 同志的党员组织关系由 ")
                .append(esc(from)).append(" 转至 ").append(esc(to)).append("，请接洽。</p>")
                .append("<p>　　该同志党费已交到 ").append(esc(t.duesPaidTo().replace("-", " 年 "))).append(" 月。</p>")
                .append(t.reason() == null ? "" : "<p>　　转接原因：" + esc(t.reason()) + "</p>")
                .append("<p>　　（有效期 ").append(days(t.issuedOn(), t.validUntil())).append(" 天，至 ")
                .append(date(t.validUntil())).append("）</p>")
                .append("<p class=\"no\">").append(esc(from)).append("（盖章）<br>").append(date(t.issuedOn())).append("</p>")
                .append("<div class=\"cut\"><h1>回　执</h1><p>").append(esc(from)).append("：</p><p>　　")
                .append(esc(t.memberName())).append(" 同志的党员组织关系已于　　年　　月　　日转达我处。</p>")
                .append("<p class=\"no\">（盖章）　　年　　月　　日</p><p>介绍信编号：").append(esc(t.letterNo() == null ? "" : t.letterNo()))
                .append("</p></div></body></html>");
        return b.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "　　年　　月　　日" : d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }

    private static String days(LocalDate from, LocalDate to) {
        return from == null || to == null ? "　" : String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(from, to));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
