package org.grassroots.membership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.training.TrainingHours;
import org.grassroots.core.api.training.TrainingHoursSource;
import org.grassroots.core.api.training.TrainingSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The concentrated training (集中培训) a candidate attended, as the module that runs the sessions records it (core-api's
 * {@link TrainingHoursSource}, provided by {@code education}): where such a module is installed and enabled for the
 * file's unit, the TRAINING step takes its hours from there instead of hours typed in. Empty otherwise.
 */
@Component(service = TrainingAttended.class)
public class TrainingAttended {
    /**
     * What the TRAINING step of a file will take: the minimum hours, and the hours attended in sessions ({@code null}
     * where no module running sessions is enabled at the file's unit: the step takes hours typed in).
     */
    public record Status(int minimum, TrainingHours attended) {
    }

    private final ModuleEnablement enablement;
    private final List<TrainingHoursSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public TrainingAttended(@Reference ModuleEnablement enablement) {
        this.enablement = enablement;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(TrainingHoursSource source) {
        sources.add(source);
    }

    void removeSource(TrainingHoursSource source) {
        sources.remove(source);
    }

    /**
     * The hours of the sessions held by a day (the TRAINING step's): a session after the day the training is recorded
     * as done proves nothing of it.
     */
    static BigDecimal heldBy(TrainingHours hours, LocalDate day) {
        return hours.sessions().stream().filter(s -> !s.heldOn().isAfter(day)).map(TrainingSession::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The hours the file's candidate earned in sessions, if a module that runs sessions is enabled for the unit. */
    public Optional<TrainingHours> of(long fileId, long unitId) {
        for (TrainingHoursSource source : sources) {
            if (enablement.isEnabled(source.module(), unitId)) {
                return Optional.of(source.hours(fileId));
            }
        }
        return Optional.empty();
    }
}
