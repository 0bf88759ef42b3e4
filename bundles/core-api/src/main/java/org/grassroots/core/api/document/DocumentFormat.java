package org.grassroots.core.api.document;

import java.util.Locale;

/** The formats a {@link DocumentWriter} writes. */
public enum DocumentFormat {
    /** Word (Office Open XML), which people edit and print. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** PDF with the Chinese font embedded, as published. */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** What JAX-RS calls for {@code ?format=}: {@code docx}, {@code PDF} ...; anything else is a bad parameter. */
    public static DocumentFormat fromString(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown document format \"" + text + "\" (allowed: docx, pdf)");
        }
    }
}
