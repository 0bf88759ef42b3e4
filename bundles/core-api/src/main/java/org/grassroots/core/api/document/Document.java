package org.grassroots.core.api.document;

import java.util.List;
import java.util.Objects;

/**
 * A document to write: its title, then its blocks in order.
 *
 * @param titlePage the title (title, subtitle, the issuer and date lines), on its own page or heading the first
 * @param blocks    headings, paragraphs and tables, in reading order
 */
public record Document(TitlePage titlePage, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(titlePage, "titlePage");
        blocks = List.copyOf(blocks);
    }

    /**
     * The document's title: on a page of its own (a report), or at the top of the first page with the body under it
     * (a letter, a certificate: see {@link #heading}).
     *
     * @param title    the large title, e.g. 济南高新区2024年度基层党建工作纪实
     * @param subtitle a line under it, or {@code null}
     * @param lines    lines at the foot of the title page (the issuing unit, the date), or under the title when it
     *                 heads the first page; possibly none
     * @param ownPage  whether the title stands on a page of its own, which carries no page number
     */
    public record TitlePage(String title, String subtitle, List<String> lines, boolean ownPage) {
        public TitlePage {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
        }

        /** A title page of its own, as a report has. */
        public TitlePage(String title, String subtitle, List<String> lines) {
            this(title, subtitle, lines, true);
        }

        /** A title at the top of the first page, the body right under it, as a letter or a certificate has. */
        public static TitlePage heading(String title, String subtitle, List<String> lines) {
            return new TitlePage(title, subtitle, lines, false);
        }
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A heading; {@code level} 1 is a chapter (一、…), 2 a part of it. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level " + level + " is not 1, 2 or 3");
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of running text; line breaks inside it are kept. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table with a header row. Every row has as many cells as the header; cells are text as it is printed
     * (numbers formatted by the caller, so that the document shows what the page shows).
     */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
                }
            }
        }
    }
}
