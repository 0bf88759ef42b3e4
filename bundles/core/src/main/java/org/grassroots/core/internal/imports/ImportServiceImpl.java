package org.grassroots.core.internal.imports;

import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.api.io.UnreadableSpreadsheetException;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.CoreTopics;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportProgress;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.ImportService;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.CoreEvents;
import org.grassroots.core.internal.IdNumberLookups;
import org.grassroots.core.internal.MemberServiceImpl;
import org.grassroots.core.internal.OrganizationServiceImpl;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.io.MemberColumns;
import org.grassroots.core.internal.io.OrganizationColumns;
import org.grassroots.core.internal.io.ParsedMember;
import org.grassroots.core.internal.io.ParsedOrganization;
import org.grassroots.core.internal.io.ParsedRow;
import org.grassroots.core.internal.io.ReadSheet;
import org.grassroots.core.internal.io.RowProblem;
import org.grassroots.core.internal.io.SpreadsheetReader;
import org.grassroots.core.internal.io.PagedRows;
import org.grassroots.core.internal.io.SpreadsheetWriter;
import org.grassroots.core.internal.jobs.ClusterJobsImpl;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.validation.MemberValidator;
import org.grassroots.core.internal.validation.OrganizationValidator;
import org.grassroots.core.internal.validation.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreadsheet import and export. An import first checks every row of the file (cells, validation rules,
 * references, duplicates inside the file and against the database) and only then writes everything in one
 * transaction: a file with any bad row stores nothing and answers with every bad cell.
 * <p>
 * Job progress is read from any node ({@link ImportProgressBoard}): a client's polls may reach another node than the
 * one that runs its import.
 */
@Component(service = ImportService.class)
public class ImportServiceImpl implements ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceImpl.class);
    private static final MessageBundle MESSAGES = MessageBundle.of(ImportServiceImpl.class);
    private static final int FLUSH_EVERY = 1000;
    private static final int EXPORT_PAGE = PageRequest.MAX_SIZE;
    /** More duplicates outside the caller's scope than this in one file are reported as a count, not by row. */
    private static final int OUTSIDE_SCOPE_NAMED = 5;
    private final IdNumberLookups lookups;

    private final JpaTemplate jpa;
    private final DataGenerationsImpl generations;
    private final OrganizationServiceImpl organizations;
    private final MemberServiceImpl members;
    private final CoreEvents events;
    private final MemberColumns memberColumns = new MemberColumns();
    private final OrganizationColumns organizationColumns = new OrganizationColumns();
    private final MemberValidator memberValidator = new MemberValidator();
    private final OrganizationValidator organizationValidator = new OrganizationValidator();
    private final ImportProgressBoard board;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "grassroots-import");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ImportServiceImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                             @Reference OrganizationServiceImpl organizations, @Reference MemberServiceImpl members,
                             @Reference CoreEvents events, @Reference IdNumberLookups lookups,
                             @Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                             @Reference ClusterJobsImpl cluster, @Reference DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.generations = generations;
        this.lookups = lookups;
        this.organizations = organizations;
        this.members = members;
        this.events = events;
        this.board = new ImportProgressBoard(dataSource, cluster.node());
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
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
        org.grassroots.core.api.security.Caller actor = Actors.caller();
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

    private ImportReport run(ImportJob job, FileFormat format, InputStream data, org.grassroots.core.api.security.Caller actor) {
        return Actors.as(actor, () -> {
            try {
                job.enter(ImportJob.Phase.PARSING, 0);
                ReadSheet sheet = new SpreadsheetReader().readListingRefusedCells(format, data);
                ImportReport report = job.kind() == ImportKind.MEMBERS ? importMembers(job, sheet)
                        : importOrganizations(job, sheet);
                LOG.info("Import {} of {}: {} rows, {} imported, {} errors", job.id(), job.kind(), report.rows(),
                        report.imported(), report.errors().size());
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

    // ---- members ----------------------------------------------------------------------------------------

    private record ValidMember(MemberDraft draft, long organizationId) {
    }

    private ImportReport importMembers(ImportJob job, ReadSheet read) {
        Sheet sheet = read.sheet();
        List<RowProblem> errors = new ArrayList<>(memberColumns.headerProblems(sheet.headers()));
        if (!errors.isEmpty()) {
            return job.finish(sheet.rows().size(), 0, RowProblem.merged(read.refusedCells(), errors));
        }
        job.enter(ImportJob.Phase.VALIDATING, sheet.rows().size());
        Map<String, OrganizationRef> units = unitsByCode();
        LocalDate today = LocalDate.now();
        List<ValidMember> valid = new ArrayList<>(sheet.rows().size());
        Map<String, Integer> rowOfIdNumber = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            job.advance();
            ParsedRow<ParsedMember> parsed = memberColumns.parse(row);
            List<RowProblem> rowErrors = new ArrayList<>(parsed.problems());
            ParsedMember member = parsed.value();
            OrganizationRef organization = units.get(member.organizationCode());
            if (member.organizationCode() != null && !member.organizationCode().isBlank()) {
                if (organization == null) {
                    rowErrors.add(error(row, "organizationId", MESSAGES.message("unit.unknownCode", member.organizationCode())));
                } else if (!organization.hostsPartyOrganization()) {
                    rowErrors.add(error(row, "organizationId", MESSAGES.message("unit.noPartyOrganization", member.organizationCode())));
                }
            }
            Long residenceId = null;
            if (member.residenceCommunityCode() != null && !member.residenceCommunityCode().isBlank()) {
                OrganizationRef community = units.get(member.residenceCommunityCode());
                if (community == null || (community.unitType() != UnitType.COMMUNITY && community.unitType() != UnitType.VILLAGE)) {
                    rowErrors.add(error(row, "residenceCommunityId", MESSAGES.message("community.unknownCode", member.residenceCommunityCode())));
                } else {
                    residenceId = community.id();
                }
            }
            MemberDraft d = member.draft();
            MemberDraft draft = new MemberDraft(d.name(), d.sex(), d.ethnicity(), d.birthDate(), d.idNumber(),
                    d.education(), d.phone(), d.category(), d.joinedOn(), d.fullMemberOn(),
                    organization == null ? null : organization.id(), d.post(),
                    d.status() == null ? MemberStatus.NORMAL : d.status(), d.floatingDestination(), residenceId, d.tags());
            if (parsed.valid()) {
                for (Refusal e : memberValidator.refusals(draft, today)) {
                    if (!(e.field().equals("organizationId") && organization == null)) {
                        rowErrors.add(error(row, e.field(), e.reason()));
                    }
                }
            }
            if (draft.idNumber() != null && IdNumbers.isValid(draft.idNumber())) {
                Integer earlier = rowOfIdNumber.putIfAbsent(IdNumbers.normalize(draft.idNumber()), row.rowNumber());
                if (earlier != null) {
                    rowErrors.add(error(row, "idNumber", MESSAGES.message("idNumber.twice", earlier)));
                }
            }
            if (rowErrors.isEmpty()) {
                valid.add(new ValidMember(draft, organization.id()));
            }
            errors.addAll(rowErrors);
        }
        errors.addAll(alreadyRegistered(rowOfIdNumber));
        if (!errors.isEmpty() || !read.refusedCells().isEmpty()) {
            return job.finish(sheet.rows().size(), 0, RowProblem.merged(read.refusedCells(), errors));
        }
        job.enter(ImportJob.Phase.WRITING, valid.size());
        jpa.tx(TransactionType.Required, em -> {
            int written = 0;
            for (ValidMember member : valid) {
                members.insertValidated(em, member.draft(), member.organizationId());
                job.advance();
                if (++written % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
            generations.audit(em, "IMPORT", MemberServiceImpl.TYPE_NAME, null, valid.size() + " members imported");
        });
        events.post(CoreTopics.IMPORT_COMPLETED, 0, null, Actors.current(), Map.of(CoreTopics.COUNT, valid.size()));
        return job.finish(sheet.rows().size(), valid.size(), List.of());
    }

    /**
     * Rows whose ID number is already registered. Conflicts inside the caller's scope are named by row; those with
     * members outside it say only "already registered", are audited and charged to the caller's ID-lookup
     * allowance, and beyond {@value #OUTSIDE_SCOPE_NAMED} per file only their number is reported, so a file of
     * guesses tells nothing about which numbers exist.
     */
    private List<RowProblem> alreadyRegistered(Map<String, Integer> rowOfIdNumber) {
        List<RowProblem> errors = new ArrayList<>();
        // compared by blind index: the stored numbers are encrypted
        Map<String, Integer> rowOfIndex = new HashMap<>();
        rowOfIdNumber.forEach((number, row) -> rowOfIndex.put(members.idNumberIndex(number), row));
        List<String> indexes = new ArrayList<>(rowOfIndex.keySet());
        String header = memberColumns.headerFor("idNumber");
        String scope = jpa.txExpr(TransactionType.Supports, Scopes::prefix);
        List<Integer> outsideRows = new ArrayList<>();
        List<Long> outsideMembers = new ArrayList<>();
        for (int from = 0; from < indexes.size(); from += 1000) {
            List<String> chunk = indexes.subList(from, Math.min(indexes.size(), from + 1000));
            List<Object[]> existing = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT m.idNumberIndex, m.orgPath, m.id FROM MemberEntity m WHERE m.idNumberIndex IN :indexes",
                    Object[].class).setParameter("indexes", chunk).getResultList());
            for (Object[] found : existing) {
                int row = rowOfIndex.get((String) found[0]);
                if (scope == null || String.valueOf(found[1]).startsWith(scope)) {
                    errors.add(new RowProblem(row, header, MESSAGES.message("idNumber.registered")));
                } else {
                    outsideRows.add(row);
                    outsideMembers.add((Long) found[2]);
                }
            }
        }
        if (!outsideRows.isEmpty()) {
            lookups.outsideScope(outsideMembers, "import");
            if (outsideRows.size() > OUTSIDE_SCOPE_NAMED) {
                errors.add(new RowProblem(0, header, MESSAGES.message("idNumber.registeredOutsideScope", outsideRows.size())));
            } else {
                for (int row : outsideRows) {
                    lookups.charge();
                    errors.add(new RowProblem(row, header, MESSAGES.message("idNumber.registered")));
                }
            }
        }
        return errors;
    }

    private RowProblem error(SheetRow row, String field, Message reason) {
        return new RowProblem(row.rowNumber(), memberColumns.headerFor(field), reason);
    }

    // ---- organizations ----------------------------------------------------------------------------------

    private record OrganizationRef(long id, UnitType unitType, boolean hostsPartyOrganization) {
    }

    /** The units the caller may import into (their scope subtree), by code. */
    private Map<String, OrganizationRef> unitsByCode() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, OrganizationRef> byCode = new HashMap<>();
            String scope = Scopes.prefix(em);
            for (Object[] row : em.createQuery("SELECT o.code, o.id, o.unitType, o.partyOrgType FROM OrganizationEntity o"
                    + " WHERE o.path LIKE :scope", Object[].class)
                    .setParameter("scope", scope == null ? "%" : scope + "%").getResultList()) {
                byCode.put((String) row[0], new OrganizationRef((Long) row[1], (UnitType) row[2],
                        ((org.grassroots.core.api.PartyOrgType) row[3]).isPartyOrganization()));
            }
            return byCode;
        });
    }

    private ImportReport importOrganizations(ImportJob job, ReadSheet read) {
        Sheet sheet = read.sheet();
        List<RowProblem> errors = new ArrayList<>(organizationColumns.headerProblems(sheet.headers()));
        if (!errors.isEmpty()) {
            return job.finish(sheet.rows().size(), 0, RowProblem.merged(read.refusedCells(), errors));
        }
        job.enter(ImportJob.Phase.VALIDATING, sheet.rows().size());
        Map<String, OrganizationRef> existing = unitsByCode();
        Set<String> taken = new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT o.code FROM OrganizationEntity o", String.class).getResultList()));
        LocalDate today = LocalDate.now();
        Map<String, ParsedOrganization> inFile = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            job.advance();
            ParsedRow<ParsedOrganization> parsed = organizationColumns.parse(row);
            List<RowProblem> rowErrors = new ArrayList<>(parsed.problems());
            ParsedOrganization unit = parsed.value();
            if (parsed.valid()) {
                organizationValidator.refusals(unit.draft(), today).forEach(e -> rowErrors.add(
                        new RowProblem(row.rowNumber(), organizationColumns.headerFor(e.field()), e.reason())));
            }
            String code = unit.draft().code() == null ? null : unit.draft().code().trim();
            String codeHeader = organizationColumns.headerFor("code");
            if (code != null && taken.contains(code)) {
                rowErrors.add(new RowProblem(row.rowNumber(), codeHeader, MESSAGES.message("unit.codeTaken", code)));
            } else if (code != null && inFile.containsKey(code)) {
                rowErrors.add(new RowProblem(row.rowNumber(), codeHeader,
                        MESSAGES.message("unit.codeTwice", inFile.get(code).rowNumber())));
            }
            if (rowErrors.isEmpty()) {
                inFile.put(code, unit);
            }
            errors.addAll(rowErrors);
        }
        List<ParsedOrganization> ordered = parentsFirst(inFile, existing, errors);
        if (!errors.isEmpty() || !read.refusedCells().isEmpty()) {
            return job.finish(sheet.rows().size(), 0, RowProblem.merged(read.refusedCells(), errors));
        }
        job.enter(ImportJob.Phase.WRITING, ordered.size());
        jpa.tx(TransactionType.Required, em -> {
            Map<String, OrganizationEntity> created = new HashMap<>();
            OrganizationServiceImpl.BulkInsert bulk = organizations.bulkInsert(em);
            for (ParsedOrganization unit : ordered) {
                OrganizationEntity parent = parentEntity(em, unit.parentCode(), created, existing);
                created.put(unit.draft().code().trim(), bulk.insert(unit.draft(), parent));
                job.advance();
            }
            generations.audit(em, "IMPORT", "organization", null, ordered.size() + " units imported");
        });
        events.post(CoreTopics.IMPORT_COMPLETED, 0, null, Actors.current(), Map.of(CoreTopics.COUNT, ordered.size()));
        return job.finish(sheet.rows().size(), ordered.size(), List.of());
    }

    private static OrganizationEntity parentEntity(EntityManager em, String parentCode,
                                                   Map<String, OrganizationEntity> created,
                                                   Map<String, OrganizationRef> existing) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        OrganizationEntity parent = created.get(parentCode.trim());
        return parent != null ? parent : em.find(OrganizationEntity.class, existing.get(parentCode.trim()).id());
    }

    /** Orders the file's units so every parent is written before its children; reports unknown parents and cycles. */
    private List<ParsedOrganization> parentsFirst(Map<String, ParsedOrganization> inFile,
                                                  Map<String, OrganizationRef> existing, List<RowProblem> errors) {
        List<ParsedOrganization> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<ParsedOrganization> pending = new ArrayList<>(inFile.values());
        String parentHeader = organizationColumns.headerFor("parentId");
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Iterator<ParsedOrganization> it = pending.iterator(); it.hasNext(); ) {
                ParsedOrganization unit = it.next();
                String parent = unit.parentCode() == null ? "" : unit.parentCode().trim();
                if (parent.isEmpty() && !Actors.caller().unrestricted()) {
                    errors.add(new RowProblem(unit.rowNumber(), parentHeader, MESSAGES.message("unit.parent.required")));
                    it.remove();
                } else if (parent.isEmpty() || existing.containsKey(parent) || placed.contains(parent)) {
                    ordered.add(unit);
                    placed.add(unit.draft().code().trim());
                    it.remove();
                    progress = true;
                } else if (!inFile.containsKey(parent)) {
                    errors.add(new RowProblem(unit.rowNumber(), parentHeader, MESSAGES.message("unit.unknownCode", parent)));
                    it.remove();
                }
            }
        }
        for (ParsedOrganization unit : pending) {
            errors.add(new RowProblem(unit.rowNumber(), parentHeader, MESSAGES.message("unit.parentLoop")));
        }
        return ordered;
    }

    // ---- templates and export ---------------------------------------------------------------------------

    @Override
    public void writeTemplate(ImportKind kind, FileFormat format, OutputStream out) throws IOException {
        if (kind == ImportKind.MEMBERS) {
            new SpreadsheetWriter().write(format, memberColumns.headers(), List.of(memberColumns.exampleRow()), out);
        } else {
            new SpreadsheetWriter().write(format, organizationColumns.headers(), List.of(organizationColumns.exampleRow()), out);
        }
    }

    @Override
    public void export(ImportKind kind, FileFormat format, long subtreeOf, OutputStream out) throws IOException {
        Organization root = organizations.get(subtreeOf);
        Map<Long, String> codes = new HashMap<>();
        for (Object[] row : jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT o.id, o.code FROM OrganizationEntity o", Object[].class).getResultList())) {
            codes.put((Long) row[0], (String) row[1]);
        }
        if (kind == ImportKind.MEMBERS) {
            Iterable<List<String>> rows = () -> new PagedRows<>(
                    page -> members.exportPage(MemberQuery.inSubtree(root.id()), new PageRequest(page, EXPORT_PAGE, "id")),
                    (Member m) -> memberColumns.toRow(m, codes::get));
            new SpreadsheetWriter().write(format, memberColumns.headers(), rows, out);
        } else {
            Iterable<List<String>> rows = () -> new PagedRows<>(
                    page -> organizations.search(OrganizationQuery.inSubtree(root.id()), new PageRequest(page, EXPORT_PAGE, "path")),
                    (Organization o) -> organizationColumns.toRow(o, codes::get));
            new SpreadsheetWriter().write(format, organizationColumns.headers(), rows, out);
        }
    }
}
