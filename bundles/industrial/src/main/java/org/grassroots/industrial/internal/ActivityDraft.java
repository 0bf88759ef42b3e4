package org.grassroots.industrial.internal;

import java.time.LocalDate;
import java.util.List;

public record ActivityDraft(Long unitId, ActivityKind kind, String title, String description, LocalDate heldOn,
                            String location, List<Long> enterpriseIds, List<Long> memberIds) {
}
