package org.grassroots.core.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.internal.IdNumberLookups;
import org.grassroots.core.internal.MemberServiceImpl;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.io.MemberColumns;
import org.grassroots.core.internal.io.ParsedMember;
import org.grassroots.core.internal.io.ParsedRow;
import org.grassroots.core.internal.io.ReadSheet;
import org.grassroots.core.internal.io.RowProblem;
import org.grassroots.core.internal.validation.MemberValidator;
import org.grassroots.core.internal.validation.Refusal;

/**
 * The import of a members file: every row is checked (cells, validation rules, units, ID numbers twice in the file
 * or already registered) before anything is written, then all rows are written in one transaction.
 */
final class MemberImport implements FileImport {
    private static final MessageBundle MESSAGES = MessageBundle.of(MemberImport.class);
    private static final int FLUSH_EVERY = 1000;
    /** More duplicates outside the caller's scope than this in one file are reported as a count, not by row. */
    private static final int OUTSIDE_SCOPE_NAMED = 5;

    private final JpaTemplate jpa;
    private final MemberServiceImpl members;
    private final IdNumberLookups lookups;
    private final DataGenerationsImpl generations;
    private final MemberColumns columns = new MemberColumns();
    private final MemberValidator validator = new MemberValidator();

    MemberImport(JpaTemplate jpa, MemberServiceImpl members, IdNumberLookups lookups, DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.members = members;
        this.lookups = lookups;
        this.generations = generations;
    }

    private record ValidMember(MemberDraft draft, long organizationId) {
    }

    @Override
    public List<RowProblem> headerProblems(List<String> headers) {
        return columns.headerProblems(headers);
    }

    @Override
    public ImportReport run(ImportJob job, ReadSheet read) {
        Sheet sheet = read.sheet();
        List<RowProblem> errors = new ArrayList<>();
        Map<String, ImportableUnits.Unit> units = ImportableUnits.byCode(jpa);
        LocalDate today = LocalDate.now();
        List<ValidMember> valid = new ArrayList<>(sheet.rows().size());
        Map<String, Integer> rowOfIdNumber = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            job.advance();
            ParsedRow<ParsedMember> parsed = columns.parse(row);
            List<RowProblem> rowErrors = new ArrayList<>(parsed.problems());
            ParsedMember member = parsed.value();
            ImportableUnits.Unit organization = units.get(member.organizationCode());
            if (member.organizationCode() != null && !member.organizationCode().isBlank()) {
                if (organization == null) {
                    rowErrors.add(error(row, "organizationId", MESSAGES.message("unit.unknownCode", member.organizationCode())));
                } else if (!organization.hostsPartyOrganization()) {
                    rowErrors.add(error(row, "organizationId", MESSAGES.message("unit.noPartyOrganization", member.organizationCode())));
                }
            }
            Long residenceId = null;
            if (member.residenceCommunityCode() != null && !member.residenceCommunityCode().isBlank()) {
                ImportableUnits.Unit community = units.get(member.residenceCommunityCode());
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
                for (Refusal e : validator.refusals(draft, today)) {
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
            return job.refuse(read, errors);
        }
        job.enter(ImportJob.Phase.WRITING, valid.size());
        jpa.tx(TransactionType.Required, em -> {
            // the units' paths as this transaction sees them, in one query: a unit loaded per row was a SELECT per
            // row once a flush had cleared the persistence context
            Map<Long, String> paths = new HashMap<>();
            for (Object[] unit : em.createQuery("SELECT o.id, o.path FROM OrganizationEntity o", Object[].class)
                    .getResultList()) {
                paths.put((Long) unit[0], (String) unit[1]);
            }
            int written = 0;
            for (ValidMember member : valid) {
                members.insertValidated(em, member.draft(), member.organizationId(), paths.get(member.organizationId()));
                job.advance();
                if (++written % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
            generations.audit(em, "IMPORT", MemberServiceImpl.TYPE_NAME, null, valid.size() + " members imported");
        });
        return job.committed(read, valid.size());
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
        String header = columns.headerFor("idNumber");
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
        return new RowProblem(row.rowNumber(), columns.headerFor(field), reason);
    }
}
