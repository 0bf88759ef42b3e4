package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.training.TrainingHours;
import org.grassroots.core.api.training.TrainingHoursSource;
import org.grassroots.core.api.training.TrainingSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The study hours a development candidate earned as a trainee of the sessions (集中培训), for membership's TRAINING
 * step: counted like members' session hours, only from sessions held (or archived after being held), never from
 * planned or cancelled ones.
 */
@Component(service = TrainingHoursSource.class)
public class EducationTrainingHours implements TrainingHoursSource {
    private final JpaTemplate jpa;

    @Activate
    public EducationTrainingHours(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                                  @Reference(target = EducationModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public String module() {
        return EducationModule.ID;
    }

    @Override
    public TrainingHours hours(long fileId) {
        List<TrainingSession> attended = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT s.id, s.title, s.startsAt, t.hours FROM EduTrainee t, EduSession s WHERE t.sessionId = s.id"
                                + " AND t.fileId = :f AND s.status IN :held ORDER BY s.startsAt, s.id", Object[].class)
                .setParameter("f", fileId).setParameter("held", List.of(SessionStatus.HELD, SessionStatus.ARCHIVED))
                .getResultList().stream()
                .map(r -> new TrainingSession((Long) r[0], (String) r[1], ((java.time.LocalDateTime) r[2]).toLocalDate(),
                        StudyHours.of((BigDecimal) r[3])))
                .toList());
        return total(fileId, attended);
    }

    /** The hours of the sessions attended, summed (unit-tested). */
    static TrainingHours total(long fileId, List<TrainingSession> attended) {
        return new TrainingHours(fileId, attended.stream().map(TrainingSession::hours).reduce(StudyHours.zero(), BigDecimal::add),
                attended);
    }
}
