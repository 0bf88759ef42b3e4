package org.grassroots.core.api.dues;

import java.time.YearMonth;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A member's dues as the module that records them knows them, for other modules that state it (e.g. the transfer
 * letter's 党费交到 of {@code membership}). Registered as an OSGi service by that module ({@code dues}); it comes
 * and goes with it. Whether the module is enabled for the member's unit is the reader's question
 * ({@code ModuleEnablement}, by {@link #module()}).
 */
@ConsumerType
public interface DuesStanding {
    /** The module that records the dues (its id, e.g. {@code dues}). */
    String module();

    /**
     * The last month up to which the member owes nothing: the month before the first unpaid month, or the latest
     * paid or exempt month when nothing is unpaid; empty when the module has no dues of the member.
     */
    Optional<YearMonth> paidUpTo(long memberId);
}
