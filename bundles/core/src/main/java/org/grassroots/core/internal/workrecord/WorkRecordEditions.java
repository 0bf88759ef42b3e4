package org.grassroots.core.internal.workrecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.workrecord.WorkRecord;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The people's part of the work record, kept by core: each section's text with every saved version (who, when,
 * what it said, which figures it was written against) and the frozen figures of a published year. The caller's
 * permission and scope are checked by the REST resource before any call; every query here is bound to the one
 * unit and year asked for.
 */
@Component(service = WorkRecordEditions.class)
public class WorkRecordEditions {
    static final String DRAFT_TYPE = "core.work-record.text";
    static final String SNAPSHOT_TYPE = "core.work-record.snapshot";
    private final JpaTemplate jpa;
    private final WorkRecordAssembler assembler;

    @Activate
    public WorkRecordEditions(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                              @Reference CoreSchema schema, @Reference WorkRecordAssembler assembler) {
        this.jpa = jpa;
        this.assembler = assembler;
    }

    /** The live record with the saved texts and, when frozen, the frozen figures compared with the live ones. */
    public WorkRecordEdition edition(long unit, int year) {
        WorkRecord record = assembler.record(unit, year);
        return jpa.txExpr(TransactionType.Supports, em -> new WorkRecordEdition(record, drafts(em, unit, year, record),
                snapshot(em, unit, year, record).orElse(null)));
    }

    /** Every saved version of a section's text, newest first. */
    public List<WorkRecordEdition.DraftVersion> history(long unit, int year, String module) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d FROM DraftEntity d WHERE d.unitId = :unit"
                        + " AND d.recordYear = :year AND d.module = :module ORDER BY d.version DESC", DraftEntity.class)
                .setParameter("unit", unit).setParameter("year", year).setParameter("module", module)
                .getResultList().stream()
                .map(d -> new WorkRecordEdition.DraftVersion(d.version, d.body, d.writtenAt, d.writtenBy)).toList());
    }

    /**
     * Saves {@code text} as the next version of the section's text, remembering the figures the section shows now.
     *
     * @param expected the version the writer started from (0 for the first text)
     * @throws ConflictException when someone saved another version in between; nothing is stored then
     */
    public WorkRecordEdition.Draft save(long unit, int year, String module, long expected, String text) {
        ValidationException.Builder refused = ValidationException.builder();
        String body = refused.note("text", text, 8000, true);
        refused.throwIfAny();
        WorkRecord record = assembler.record(unit, year);
        WorkRecord.Section section = record.sections().stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> CoreMessages.notFound("work-record section", module));
        String actor = Actors.current();
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                long current = currentVersion(em, unit, year, module);
                if (current != expected) {
                    throw CoreMessages.stale(DRAFT_TYPE, module, expected, current);
                }
                DraftEntity d = new DraftEntity();
                d.unitId = unit;
                d.unitPath = em.find(OrganizationEntity.class, unit).getPath();
                d.recordYear = year;
                d.module = module;
                d.version = current + 1;
                d.body = body;
                d.figures = FigureValues.of(section);
                d.writtenAt = UtcTimes.nowInstant();
                d.writtenBy = actor;
                em.persist(d);
                em.flush();
                Audit.record(em, "SAVE", DRAFT_TYPE, d.id, "unit " + unit + ", " + year + ", " + module + ", version " + d.version);
                return new WorkRecordEdition.Draft(module, d.version, d.body, d.writtenAt, d.writtenBy, List.of());
            });
        } catch (PersistenceException e) {
            // the unique version: another writer stored this version between our read and our insert
            throw CoreMessages.stale(DRAFT_TYPE, module, expected, expected + 1);
        }
    }

    /**
     * Freezes the year's record of the unit: its figures as they are now are stored and shown beside the live ones
     * from then on.
     *
     * @throws ConflictException when the year is frozen already (a frozen record is compared, never refrozen)
     */
    public WorkRecordEdition.Snapshot freeze(long unit, int year) {
        WorkRecord record = assembler.record(unit, year);
        String actor = Actors.current();
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Optional<SnapshotEntity> existing = snapshotEntity(em, unit, year);
                if (existing.isPresent()) {
                    throw new ConflictException(CoreMessages.message("workRecord.frozenAlready", String.valueOf(year),
                            existing.get().frozenAt, existing.get().frozenBy));
                }
                SnapshotEntity s = new SnapshotEntity();
                s.unitId = unit;
                s.unitPath = em.find(OrganizationEntity.class, unit).getPath();
                s.recordYear = year;
                s.frozenAt = UtcTimes.nowInstant();
                s.frozenBy = actor;
                em.persist(s);
                em.flush();
                int ordinal = 0;
                for (WorkRecord.Section section : record.sections()) {
                    for (WorkRecord.ComparedFigure f : section.figures()) {
                        FrozenFigureEntity frozen = new FrozenFigureEntity();
                        frozen.snapshotId = s.id;
                        frozen.ordinal = ordinal++;
                        frozen.module = section.module();
                        frozen.figureId = f.id();
                        frozen.value = f.value();
                        frozen.unit = f.unit();
                        frozen.labelZh = clip(f.label().zhCN());
                        frozen.labelEn = clip(f.label().en());
                        em.persist(frozen);
                    }
                }
                Audit.record(em, "FREEZE", SNAPSHOT_TYPE, s.id, "unit " + unit + ", " + year + ", " + ordinal + " figures");
                em.flush();
                return snapshot(em, unit, year, record).orElseThrow();
            });
        } catch (PersistenceException e) {
            throw new ConflictException(CoreMessages.message("workRecord.frozenAlready", String.valueOf(year), UtcTimes.nowInstant(), actor));
        }
    }

    private static List<WorkRecordEdition.Draft> drafts(EntityManager em, long unit, int year, WorkRecord record) {
        // the newest version of each section: one query for the unit and year, the highest version wins
        Map<String, DraftEntity> newest = new HashMap<>();
        em.createQuery("SELECT d FROM DraftEntity d WHERE d.unitId = :unit AND d.recordYear = :year"
                        + " AND d.version = (SELECT MAX(e.version) FROM DraftEntity e WHERE e.unitId = d.unitId"
                        + " AND e.recordYear = d.recordYear AND e.module = d.module)", DraftEntity.class)
                .setParameter("unit", unit).setParameter("year", year).getResultList()
                .forEach(d -> newest.put(d.module, d));
        List<WorkRecordEdition.Draft> drafts = new ArrayList<>();
        for (WorkRecord.Section section : record.sections()) {
            DraftEntity d = newest.get(section.module());
            if (d != null) {
                drafts.add(new WorkRecordEdition.Draft(d.module, d.version, d.body, d.writtenAt, d.writtenBy,
                        FigureValues.changes(FigureValues.parse(d.figures), section)));
            }
        }
        return drafts;
    }

    private static Optional<WorkRecordEdition.Snapshot> snapshot(EntityManager em, long unit, int year, WorkRecord record) {
        Optional<SnapshotEntity> found = snapshotEntity(em, unit, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SnapshotEntity s = found.get();
        Map<String, WorkRecord.ComparedFigure> live = new HashMap<>();
        record.sections().forEach(section -> section.figures().forEach(f -> live.put(section.module() + "/" + f.id(), f)));
        List<WorkRecordEdition.FrozenFigure> figures = new ArrayList<>();
        int differing = 0;
        for (FrozenFigureEntity f : em.createQuery("SELECT f FROM FrozenFigureEntity f WHERE f.snapshotId = :id"
                + " ORDER BY f.ordinal", FrozenFigureEntity.class).setParameter("id", s.id).getResultList()) {
            WorkRecord.ComparedFigure now = live.get(f.module + "/" + f.figureId);
            boolean differs = now == null || Double.compare(now.value(), f.value) != 0;
            differing += differs ? 1 : 0;
            figures.add(new WorkRecordEdition.FrozenFigure(f.module, f.figureId, LocalizedText.of(f.labelZh, f.labelEn),
                    f.unit, f.value, now == null ? null : now.value(), differs));
        }
        return Optional.of(new WorkRecordEdition.Snapshot(s.frozenAt, s.frozenBy, figures, differing));
    }

    private static Optional<SnapshotEntity> snapshotEntity(EntityManager em, long unit, int year) {
        return em.createQuery("SELECT s FROM SnapshotEntity s WHERE s.unitId = :unit AND s.recordYear = :year",
                SnapshotEntity.class).setParameter("unit", unit).setParameter("year", year).getResultList().stream().findFirst();
    }

    private static long currentVersion(EntityManager em, long unit, int year, String module) {
        Long max = em.createQuery("SELECT MAX(d.version) FROM DraftEntity d WHERE d.unitId = :unit AND d.recordYear = :year"
                        + " AND d.module = :module", Long.class)
                .setParameter("unit", unit).setParameter("year", year).setParameter("module", module).getSingleResult();
        return max == null ? 0 : max;
    }

    private static String clip(String label) {
        return label == null ? "" : label.length() <= 200 ? label : label.substring(0, 200);
    }
}
