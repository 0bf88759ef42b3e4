package org.grassroots.core.api.document;

import java.util.Locale;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The formats a {@link DocumentWriter} writes. */
public enum DocumentFormat implements Labelled {
    /** Word (Office Open XML), which people edit and print. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (DOCX)"),
    /** PDF with the Chinese font embedded, as published. */
    PDF("application/pdf", "pdf", "PDF");

    private final String mediaType;
    private final String extension;
    private final String name;

    DocumentFormat(String mediaType, String extension, String name) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.name = name;
    }

    /** Named as Word names them, in both languages. */
    @Override
    public LocalizedText labels() {
        return LocalizedText.of(name, name);
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
