package org.grassroots.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Spreadsheet import and export of units and members. */
@ProviderType
public interface ImportService {

    /** Imports synchronously and returns the report; all-or-nothing. */
    ImportReport importFile(ImportKind kind, FileFormat format, InputStream data);

    /** Starts an import in the background; poll {@link #progress(String)} with the returned job id. */
    String startImport(ImportKind kind, FileFormat format, byte[] data);

    Optional<ImportProgress> progress(String jobId);

    /** An empty file with the header row (and one example row) users fill in. */
    void writeTemplate(ImportKind kind, FileFormat format, OutputStream out) throws IOException;

    /** Writes the units or members of a subtree in the same layout the import reads. */
    void export(ImportKind kind, FileFormat format, long subtreeOf, OutputStream out) throws IOException;
}
