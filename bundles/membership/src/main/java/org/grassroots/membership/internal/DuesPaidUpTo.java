package org.grassroots.membership.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.dues.DuesStanding;
import org.grassroots.core.api.module.ModuleEnablement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The month a member's dues are paid up to (党费交到) for the transfer letter, as the module that records dues states
 * it on the member's statement (core-api's {@link DuesStanding}, provided by {@code dues}). Empty where no such module
 * is installed or enabled for the member's unit, or it has no dues of the member: the letter then states what the
 * secretary typed.
 */
@Component(service = DuesPaidUpTo.class)
public class DuesPaidUpTo {
    private final ModuleEnablement enablement;
    private final List<DuesStanding> sources = new CopyOnWriteArrayList<>();

    @Activate
    public DuesPaidUpTo(@Reference ModuleEnablement enablement) {
        this.enablement = enablement;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(DuesStanding source) {
        sources.add(source);
    }

    void removeSource(DuesStanding source) {
        sources.remove(source);
    }

    /** The month ({@code 2024-11}) the member's dues are recorded as paid up to, if a dues module knows it. */
    public Optional<String> month(MemberReference member) {
        for (DuesStanding source : sources) {
            if (enablement.isEnabled(source.module(), member.organizationId())) {
                Optional<String> month = source.paidUpTo(member.id()).map(Object::toString);
                if (month.isPresent()) {
                    return month;
                }
            }
        }
        return Optional.empty();
    }
}
