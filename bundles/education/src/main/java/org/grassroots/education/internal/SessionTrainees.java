package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.training.Trainee;
import org.grassroots.core.api.training.TraineeDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Development candidates (发展对象) as trainees of a session, beside its members: they must attend the concentrated
 * training before their TRAINING step and are not core members yet, so they come from a {@link TraineeDirectory}
 * (membership's files at the candidate stage) and are kept by their file's id. The organizing side adds and removes
 * them while the session is planned or held (not once archived or cancelled); a held session credits each its hours,
 * as it credits the members present ({@link EducationTrainingHours}).
 */
@Component(service = SessionTrainees.class)
public class SessionTrainees {
    /** The picker lists at most this many at once; a name narrows it. */
    static final int PICKER_SIZE = 50;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Sessions sessions;
    private final ModuleEnablement enablement;
    private final List<TraineeDirectory> directories = new CopyOnWriteArrayList<>();

    @Activate
    public SessionTrainees(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                           @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                           @Reference AuditLog audit, @Reference Sessions sessions, @Reference ModuleEnablement enablement) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
        this.sessions = sessions;
        this.enablement = enablement;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDirectory(TraineeDirectory directory) {
        directories.add(directory);
    }

    void removeDirectory(TraineeDirectory directory) {
        directories.remove(directory);
    }

    /** The session's trainees (for whoever may read the session), and whether a directory is there to add more. */
    public TraineeList list(long sessionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            sessions.visible(em, sessionId);
            return new TraineeList(!directories.isEmpty(), rows(em, sessionId).stream().map(this::toRecord).toList());
        });
    }

    /** The trainees of the organizing unit's subtree not on the list yet, by name ({@code q} narrows). */
    public List<Trainee> candidates(long sessionId, String q) {
        if (q != null && q.length() > 100) {
            throw EducationMessages.TEXT.invalid("q", "trainee.query", 100);
        }
        SessionEntity s = jpa.txExpr(TransactionType.Supports, em -> sessions.organizing(em, sessionId));
        Set<Long> listed = new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT t.fileId FROM EduTrainee t WHERE t.sessionId = :id", Long.class).setParameter("id", sessionId).getResultList()));
        List<Trainee> found = new ArrayList<>();
        for (TraineeDirectory directory : directories) {
            directory.trainees(s.orgPath, q, PICKER_SIZE + listed.size()).stream()
                    .filter(t -> !listed.contains(t.fileId()) && enablement.isEnabled(directory.module(), t.unitId()))
                    .limit(PICKER_SIZE - (long) found.size()).forEach(found::add);
        }
        return found;
    }

    public SessionTrainee add(long sessionId, TraineeDraft draft) {
        if (draft == null || draft.fileId() == null || draft.fileId() <= 0) {
            throw EducationMessages.TEXT.invalid("fileId", "trainee.fileId");
        }
        Optional<Trainee> found = find(draft.fileId());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = sessions.organizing(em, sessionId);
            requireOpen(s);
            Trainee trainee = found.orElseThrow(() -> EducationMessages.TEXT.invalid("fileId", "trainee.unknown", draft.fileId()));
            String path = scope.path(trainee.unitId());
            if (path == null || !path.startsWith(s.orgPath)) {
                throw EducationMessages.TEXT.invalid("fileId", "trainee.outside", trainee.name(), scope.name(s.unitId));
            }
            if (row(em, sessionId, trainee.fileId()).isPresent()) {
                throw EducationMessages.TEXT.conflict("trainee.twice", trainee.name(), s.title);
            }
            TraineeEntity t = new TraineeEntity();
            t.sessionId = s.id;
            t.fileId = trainee.fileId();
            t.name = trainee.name();
            t.unitId = trainee.unitId();
            t.orgPath = path;
            t.hours = s.creditedHours;
            t.addedAt = UtcTimes.now();
            t.addedBy = actor;
            em.persist(t);
            em.flush();
            audit.record("ADD_TRAINEE", Sessions.TYPE, s.id, s.title, List.of(new FieldChange("trainee", null, t.name + " #" + t.fileId)));
            return toRecord(t);
        });
    }

    public void remove(long sessionId, long fileId) {
        jpa.tx(TransactionType.Required, em -> {
            SessionEntity s = sessions.organizing(em, sessionId);
            requireOpen(s);
            TraineeEntity t = row(em, sessionId, fileId).orElseThrow(() -> new NotFoundException(
                    EducationMessages.TEXT.message("trainee.notListed", fileId, s.title)));
            em.remove(t);
            em.flush();
            audit.record("REMOVE_TRAINEE", Sessions.TYPE, s.id, s.title, List.of(new FieldChange("trainee", t.name + " #" + t.fileId, null)));
        });
    }

    /** A planned session's hours may change: its trainees are credited what it credits. */
    static void creditedHoursChanged(EntityManager em, long sessionId, BigDecimal hours) {
        em.createQuery("UPDATE EduTrainee t SET t.hours = :h WHERE t.sessionId = :id").setParameter("h", hours)
                .setParameter("id", sessionId).executeUpdate();
    }

    /** Trainees join and leave a session until it is archived (frozen) or cancelled. */
    static void requireOpen(SessionEntity s) {
        if (s.status != SessionStatus.PLANNED && s.status != SessionStatus.HELD) {
            throw EducationMessages.TEXT.conflict("trainee.sessionClosed", s.title, s.status);
        }
    }

    private Optional<Trainee> find(long fileId) {
        for (TraineeDirectory directory : directories) {
            Optional<Trainee> found = directory.trainee(fileId).filter(t -> enablement.isEnabled(directory.module(), t.unitId()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<TraineeEntity> rows(EntityManager em, long sessionId) {
        return em.createQuery("SELECT t FROM EduTrainee t WHERE t.sessionId = :id ORDER BY t.name, t.id", TraineeEntity.class)
                .setParameter("id", sessionId).getResultList();
    }

    private static Optional<TraineeEntity> row(EntityManager em, long sessionId, long fileId) {
        return em.createQuery("SELECT t FROM EduTrainee t WHERE t.sessionId = :id AND t.fileId = :f", TraineeEntity.class)
                .setParameter("id", sessionId).setParameter("f", fileId).getResultList().stream().findFirst();
    }

    private SessionTrainee toRecord(TraineeEntity t) {
        return new SessionTrainee(t.sessionId, t.fileId, t.name, t.unitId, scope.name(t.unitId), t.hours,
                UtcTimes.instant(t.addedAt), t.addedBy);
    }
}
