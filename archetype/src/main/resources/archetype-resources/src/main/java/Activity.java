package ${package};

import java.time.LocalDate;

/**
 * One activity a unit held, as the REST API shows it.
 *
 * @param organizationId the unit (core's organization id; modules reference core data by id only)
 * @param version        optimistic-locking version, also sent as the ETag
 */
public record Activity(long id, long organizationId, String title, LocalDate heldOn, int participants,
                       String recordedBy, long version) {
}
