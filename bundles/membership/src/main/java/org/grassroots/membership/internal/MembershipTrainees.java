package org.grassroots.membership.internal;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Like;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.training.Trainee;
import org.grassroots.core.api.training.TraineeDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The development candidates (发展对象) for the module that runs training sessions ({@code education}): they must attend
 * the concentrated training (集中培训) before the TRAINING step, and are not core members yet, so the sessions take
 * them by their file's id. Only files at the candidate stage are trainees; the reader checks the caller's scope.
 */
@Component(service = TraineeDirectory.class)
public class MembershipTrainees implements TraineeDirectory {
    /** At most this many trainees are answered at once (a picker lists a few and is narrowed by name). */
    static final int MAX = 200;

    private final JpaTemplate jpa;

    @Activate
    public MembershipTrainees(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                              @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public String module() {
        return MembershipModule.ID;
    }

    @Override
    public List<Trainee> trainees(String subtreePath, String nameContains, int limit) {
        boolean byName = nameContains != null && !nameContains.isBlank();
        String where = "WHERE f.stage = :stage AND f.orgPath LIKE :path" + (byName ? " AND LOWER(f.name) LIKE :q ESCAPE '!'" : "");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT f FROM FileEntity f " + where + " ORDER BY f.name, f.id", FileEntity.class)
                    .setParameter("stage", Stage.CANDIDATE).setParameter("path", subtreePath + "%");
            if (byName) {
                query.setParameter("q", Like.containsIgnoringCase(nameContains.strip()));
            }
            return query.setMaxResults(Math.max(1, Math.min(limit, MAX))).getResultList().stream()
                    .map(MembershipTrainees::toTrainee).toList();
        });
    }

    @Override
    public Optional<Trainee> trainee(long fileId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(FileEntity.class, fileId))
                .filter(f -> f.stage == Stage.CANDIDATE).map(MembershipTrainees::toTrainee));
    }

    private static Trainee toTrainee(FileEntity f) {
        return new Trainee(f.id, f.name, f.organizationId);
    }
}
