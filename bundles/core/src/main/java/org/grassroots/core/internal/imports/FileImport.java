package org.grassroots.core.internal.imports;

import java.util.List;

import org.grassroots.core.api.ImportReport;
import org.grassroots.core.internal.io.ReadSheet;
import org.grassroots.core.internal.io.RowProblem;

/** The import of one kind of file, after its headers were found complete. */
interface FileImport {
    /** Missing or unknown columns: a file with any is refused before its rows are read. */
    List<RowProblem> headerProblems(List<String> headers);

    /** Checks every row (the job is in its validating phase) and writes them all, or none when any is refused. */
    ImportReport run(ImportJob job, ReadSheet read);
}
