package org.grassroots.dues.internal;

/** Open {@code period} for the unit ({@code cascade}: for every unit below it with members, too). */
public record MonthDraft(Long organizationId, String period, Boolean cascade) {
}
