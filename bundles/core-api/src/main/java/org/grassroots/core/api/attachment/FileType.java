package org.grassroots.core.api.attachment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * The kinds of file the store accepts, recognised from the bytes (magic numbers), never from the file name.
 * Anything else (an executable renamed to {@code .pdf}, an HTML page, a ZIP that is no Office document) is
 * refused.
 */
public enum FileType implements Labelled {
    JPEG("image/jpeg", "jpg", true, "JPEG 图片", "JPEG image"),
    PNG("image/png", "png", true, "PNG 图片", "PNG image"),
    PDF("application/pdf", "pdf", false, "PDF 文档", "PDF document"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false, "Word 文档", "Word document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false, "Excel 表格", "Excel workbook"),
    /** UTF-8 text without control characters (notes, CSV lists). */
    TEXT("text/plain; charset=UTF-8", "txt", false, "文本文件", "Text file");

    private final String mediaType;
    private final String extension;
    private final boolean image;
    private final LocalizedText labels;

    FileType(String mediaType, String extension, boolean image, String zhCN, String en) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.image = image;
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The Content-Type the file is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether browsers may show it inline; every other type is served as a download. */
    public boolean image() {
        return image;
    }
}
