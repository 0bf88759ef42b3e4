package org.grassroots.core.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.grassroots.core.api.CoreTopics;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportProgress;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.ImportService;
import org.grassroots.core.api.io.UnreadableSpreadsheetException;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.BackgroundThreads;
import org.grassroots.core.internal.CoreEvents;
import org.grassroots.core.internal.IdNumberLookups;
import org.grassroots.core.internal.MemberServiceImpl;
import org.grassroots.core.internal.OrganizationServiceImpl;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.io.ReadSheet;
import org.grassroots.core.internal.io.RowProblem;
import org.grassroots.core.internal.io.SpreadsheetReader;
import org.grassroots.core.internal.jobs.ClusterJobsImpl;
import org.grassroots.core.internal.schema.TableStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreadsheet import and export: runs imports as jobs (waited for, or in the background) and hands each file to its
 * kind's import ({@link MemberImport}, {@link OrganizationImport}); templates and exports are
 * {@link SpreadsheetExport}'s. An import first checks every row of the file and only then writes everything in one
 * transaction: a file with any bad row stores nothing and answers with every bad cell.
 * <p>
 * Job progress is read from any node ({@link ImportProgressBoard}): a client's polls may reach another node than the
 * one that runs its import.
 */
@Component(service = ImportService.class)
public class ImportServiceImpl implements ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceImpl.class);
    private static final MessageBundle MESSAGES = MessageBundle.of(ImportServiceImpl.class);

    private final CoreEvents events;
    private final MemberImport memberImport;
    private final OrganizationImport organizationImport;
    private final SpreadsheetExport export;
    private final ImportProgressBoard board;
    private final TableStatistics statistics;
    private final ExecutorService worker = BackgroundThreads.single("import");

    @Activate
    public ImportServiceImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                             @Reference OrganizationServiceImpl organizations, @Reference MemberServiceImpl members,
                             @Reference CoreEvents events, @Reference IdNumberLookups lookups,
                             @Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                             @Reference ClusterJobsImpl cluster, @Reference DataGenerationsImpl generations) {
        this.events = events;
        this.memberImport = new MemberImport(jpa, members, lookups, generations);
        this.organizationImport = new OrganizationImport(jpa, organizations, generations);
        this.export = new SpreadsheetExport(jpa, organizations, members);
        this.board = new ImportProgressBoard(dataSource, cluster.node());
        this.statistics = new TableStatistics(dataSource);
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
        statistics.close();
        board.close();
    }

    @Override
    public ImportReport importFile(ImportKind kind, FileFormat format, InputStream data) {
        return importFile(kind, format, data, Languages.ZH_CN);
    }

    @Override
    public ImportReport importFile(ImportKind kind, FileFormat format, InputStream data, Locale language) {
        ImportJob job = register(kind, language);
        return run(job, format, data, Actors.caller());
    }

    @Override
    public String startImport(ImportKind kind, FileFormat format, byte[] data) {
        return startImport(kind, format, data, Languages.ZH_CN);
    }

    @Override
    public String startImport(ImportKind kind, FileFormat format, byte[] data, Locale language) {
        ImportJob job = register(kind, language);
        Caller actor = Actors.caller();
        worker.execute(() -> run(job, format, new ByteArrayInputStream(data), actor));
        return job.id();
    }

    @Override
    public Optional<ImportProgress> progress(String jobId) {
        return board.progress(jobId);
    }

    private ImportJob register(ImportKind kind, Locale language) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), kind, language == null ? Languages.ZH_CN : language);
        board.add(job);
        return job;
    }

    private ImportReport run(ImportJob job, FileFormat format, InputStream data, Caller actor) {
        return Actors.as(actor, () -> {
            try {
                job.enter(ImportJob.Phase.PARSING, 0);
                ReadSheet sheet = new SpreadsheetReader().readListingRefusedCells(format, data);
                FileImport kindImport = job.kind() == ImportKind.MEMBERS ? memberImport : organizationImport;
                List<RowProblem> headerProblems = kindImport.headerProblems(sheet.sheet().headers());
                if (!headerProblems.isEmpty()) {
                    return job.refuse(sheet, headerProblems);
                }
                job.enter(ImportJob.Phase.VALIDATING, sheet.sheet().rows().size());
                // the duplicate and unit checks query the tables the previous import grew
                statistics.awaitRefreshed();
                ImportReport report = kindImport.run(job, sheet);
                LOG.info("Import {} of {}: {} rows, {} imported, {} errors ({})", job.id(), job.kind(), report.rows(),
                        report.imported(), report.errors().size(), job.phaseTimes());
                if (report.committed()) {
                    statistics.refreshAfterBulkWrite(job.kind() == ImportKind.MEMBERS ? "CORE_MEMBER" : "CORE_ORGANIZATION");
                    events.post(CoreTopics.IMPORT_COMPLETED, 0, null, Actors.current(), Map.of(CoreTopics.COUNT, report.imported()));
                }
                return report;
            } catch (UnreadableSpreadsheetException e) {
                return job.finish(0, 0, List.of(new RowProblem(1, "", e.message())));
            } catch (RuntimeException e) {
                LOG.error("Import {} failed", job.id(), e);
                return job.finish(0, 0, List.of(new RowProblem(0, "", MESSAGES.message("failed", e))));
            } finally {
                board.ended(job);
            }
        });
    }

    // ---- templates and export ---------------------------------------------------------------------------

    @Override
    public void writeTemplate(ImportKind kind, FileFormat format, OutputStream out) throws IOException {
        export.writeTemplate(kind, format, out);
    }

    @Override
    public void export(ImportKind kind, FileFormat format, long subtreeOf, OutputStream out) throws IOException {
        export.export(kind, format, subtreeOf, out);
    }
}
