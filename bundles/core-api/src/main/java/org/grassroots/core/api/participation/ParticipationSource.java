package org.grassroots.core.api.participation;

import java.time.LocalDate;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's record of one kind of participation, registered as an OSGi service by the module that keeps it (e.g.
 * {@code affairs}: meetings attended; {@code dues}: months paid). Whether the module is enabled for a
 * member's unit is the reader's question ({@code ModuleEnablement}, by {@link #module()}).
 */
@ConsumerType
public interface ParticipationSource {
    /** The module that keeps the record (its id, e.g. {@code affairs}). */
    String module();

    ParticipationKind kind();

    /**
     * The last day each member took part, for the records of the subtree whose materialized path starts with
     * {@code subtreePath} (e.g. {@code /1/7/}; {@code /} for everything), by the recording rows' own copy of the unit
     * path; a member absent from the map never took part there. For dues it is the last day of the latest month paid
     * or exempted (a member who paid ahead is covered until then). The reader checks the caller's scope first.
     */
    Map<Long, LocalDate> lastDates(String subtreePath);
}
