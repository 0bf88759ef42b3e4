package org.grassroots.core.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.OrganizationServiceImpl;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.io.OrganizationColumns;
import org.grassroots.core.internal.io.ParsedOrganization;
import org.grassroots.core.internal.io.ParsedRow;
import org.grassroots.core.internal.io.ReadSheet;
import org.grassroots.core.internal.io.RowProblem;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.validation.OrganizationValidator;

/**
 * The import of an organizations file: every row is checked (cells, validation rules, codes taken or twice, parents
 * known and without loops) before anything is written; the units are written parents first in one transaction.
 */
final class OrganizationImport implements FileImport {
    private static final MessageBundle MESSAGES = MessageBundle.of(OrganizationImport.class);

    private final JpaTemplate jpa;
    private final OrganizationServiceImpl organizations;
    private final DataGenerationsImpl generations;
    private final OrganizationColumns columns = new OrganizationColumns();
    private final OrganizationValidator validator = new OrganizationValidator();

    OrganizationImport(JpaTemplate jpa, OrganizationServiceImpl organizations, DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.generations = generations;
    }

    @Override
    public List<RowProblem> headerProblems(List<String> headers) {
        return columns.headerProblems(headers);
    }

    @Override
    public ImportReport run(ImportJob job, ReadSheet read) {
        Sheet sheet = read.sheet();
        List<RowProblem> errors = new ArrayList<>();
        Map<String, ImportableUnits.Unit> existing = ImportableUnits.byCode(jpa);
        Set<String> taken = new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT o.code FROM OrganizationEntity o", String.class).getResultList()));
        LocalDate today = LocalDate.now();
        Map<String, ParsedOrganization> inFile = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            job.advance();
            ParsedRow<ParsedOrganization> parsed = columns.parse(row);
            List<RowProblem> rowErrors = new ArrayList<>(parsed.problems());
            ParsedOrganization unit = parsed.value();
            if (parsed.valid()) {
                validator.refusals(unit.draft(), today).forEach(e -> rowErrors.add(
                        new RowProblem(row.rowNumber(), columns.headerFor(e.field()), e.reason())));
            }
            String code = unit.draft().code() == null ? null : unit.draft().code().trim();
            String codeHeader = columns.headerFor("code");
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
            return job.refuse(read, errors);
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
        return job.committed(read, ordered.size());
    }

    private static OrganizationEntity parentEntity(EntityManager em, String parentCode,
                                                   Map<String, OrganizationEntity> created,
                                                   Map<String, ImportableUnits.Unit> existing) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        OrganizationEntity parent = created.get(parentCode.trim());
        return parent != null ? parent : em.find(OrganizationEntity.class, existing.get(parentCode.trim()).id());
    }

    /** Orders the file's units so every parent is written before its children; reports unknown parents and cycles. */
    private List<ParsedOrganization> parentsFirst(Map<String, ParsedOrganization> inFile,
                                                  Map<String, ImportableUnits.Unit> existing, List<RowProblem> errors) {
        List<ParsedOrganization> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<ParsedOrganization> pending = new ArrayList<>(inFile.values());
        String parentHeader = columns.headerFor("parentId");
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
}
