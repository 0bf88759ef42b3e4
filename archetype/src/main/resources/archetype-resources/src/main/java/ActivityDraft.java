package ${package};

import java.time.LocalDate;

/** What a client sends to record an activity; checked by the server before anything is stored. */
public record ActivityDraft(Long organizationId, String title, LocalDate heldOn, Integer participants) {
}
