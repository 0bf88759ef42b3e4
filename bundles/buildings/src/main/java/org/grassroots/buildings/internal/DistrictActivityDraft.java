package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.List;

/** A joint meeting or activity to record: the member units present, how many people took part, the outcomes. */
public record DistrictActivityDraft(ActivityKind kind, LocalDate heldOn, String topic, List<Long> presentUnitIds,
                                    Integer participants, String outcomes) {
}
