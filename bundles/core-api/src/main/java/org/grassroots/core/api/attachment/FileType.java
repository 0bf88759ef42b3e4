package org.grassroots.core.api.attachment;

/**
 * The kinds of file the store accepts, recognised from the bytes (magic numbers), never from the file name.
 * Anything else (an executable renamed to {@code .pdf}, an HTML page, a ZIP that is no Office document) is
 * refused.
 */
public enum FileType {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    PDF("application/pdf", "pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
    /** UTF-8 text without control characters (notes, CSV lists). */
    TEXT("text/plain; charset=UTF-8", "txt", false);

    private final String mediaType;
    private final String extension;
    private final boolean image;

    FileType(String mediaType, String extension, boolean image) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.image = image;
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
