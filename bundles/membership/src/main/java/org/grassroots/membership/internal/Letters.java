package org.grassroots.membership.internal;

import org.grassroots.core.api.document.Document;

/**
 * The introduction letter as a page to print from the browser, rendered from the same template as the Word and PDF
 * files ({@link LetterDocument}): the title with the number, the sender and date, the text, and the receipt slip
 * below a dashed line to cut off and send back.
 */
public final class Letters {
    private Letters() {
    }

    public static String html(TransferLetter t) {
        Document letter = LetterDocument.of(t);
        Document.TitlePage title = letter.titlePage();
        StringBuilder b = new StringBuilder(2048);
        b.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(esc(title.title()))
                .append("</title><style>body{font-family:serif;max-width:40em;margin:2em auto;line-height:2}h1{text-align:center}")
                .append("p{text-indent:2em}.no{text-align:right;text-indent:0}.cut{border-top:1px dashed #000;margin-top:3em;padding-top:1em}")
                .append("</style></head><body><h1>").append(esc(title.title())).append("</h1>");
        if (title.subtitle() != null) {
            b.append("<p class=\"no\">").append(esc(title.subtitle())).append("</p>");
        }
        boolean receipt = false;
        for (Document.Block block : letter.blocks()) {
            if (block instanceof Document.Heading heading) {
                b.append(receipt ? "</div>" : "").append("<div class=\"cut\"><h1>").append(esc(heading.text())).append("</h1>");
                receipt = true;
            } else if (block instanceof Document.Paragraph paragraph && !LetterDocument.CUT_LINE.equals(paragraph.text())) {
                boolean signature = paragraph.text().contains("（盖章）");
                b.append(signature ? "<p class=\"no\">" : "<p>")
                        .append(esc(paragraph.text()).replace("\n", "<br>")).append("</p>");
            }
        }
        return b.append(receipt ? "</div>" : "").append("</body></html>").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
