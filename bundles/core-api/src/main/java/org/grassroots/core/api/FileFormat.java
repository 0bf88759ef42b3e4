package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Spreadsheet formats the platform reads and writes. CSV is read as UTF-8 (with or without BOM) or GBK. */
public enum FileFormat implements Labelled {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    FileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Named by its extension in both languages (Excel shows the same names). */
    @Override
    public LocalizedText labels() {
        String name = this == XLSX ? "Excel (XLSX)" : "CSV";
        return LocalizedText.of(name, name);
    }

    /** The extension users type, not the Chinese label (the formats have none of their own). */
    @Override
    public String label() {
        return extension;
    }

    public String mediaType() { return mediaType; }

    public String extension() { return extension; }

    public static FileFormat parse(String text) { return Labels.parse(FileFormat.class, text, FileFormat::extension); }

    /**
     * What JAX-RS calls for {@code ?format=} (it prefers {@code fromString} on enums): {@code xlsx}, {@code XLSX}
     * and {@code csv} all work; anything else is a bad parameter.
     */
    public static FileFormat fromString(String text) {
        FileFormat format = parse(text);
        if (format == null) {
            throw new IllegalArgumentException("unknown file format \"" + text + "\" (allowed: XLSX, CSV)");
        }
        return format;
    }
}
