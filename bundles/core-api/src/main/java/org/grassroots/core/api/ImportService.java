package org.grassroots.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Spreadsheet import and export of units and members. */
@ProviderType
public interface ImportService {

    /** Imports synchronously and returns the report; all-or-nothing. */
    ImportReport importFile(ImportKind kind, FileFormat format, InputStream data);

    /** Starts an import in the background; poll {@link #progress(String)} with the returned job id. */
    String startImport(ImportKind kind, FileFormat format, byte[] data);

    /**
     * Like {@link #importFile(ImportKind, FileFormat, InputStream)}, with the reasons of refused rows written in
     * {@code language} (the language of the request that uploads the file). @since 0.2
     */
    default ImportReport importFile(ImportKind kind, FileFormat format, InputStream data, Locale language) {
        return importFile(kind, format, data);
    }

    /**
     * Like {@link #startImport(ImportKind, FileFormat, byte[])}; the report's reasons of refused rows are written in
     * {@code language}, the language of the request that started the import, since the report is read later by
     * polling. @since 0.2
     */
    default String startImport(ImportKind kind, FileFormat format, byte[] data, Locale language) {
        return startImport(kind, format, data);
    }

    Optional<ImportProgress> progress(String jobId);

    /** An empty file with the header row (and one example row) users fill in. */
    void writeTemplate(ImportKind kind, FileFormat format, OutputStream out) throws IOException;

    /** Writes the units or members of a subtree in the same layout the import reads. */
    void export(ImportKind kind, FileFormat format, long subtreeOf, OutputStream out) throws IOException;
}
