package org.grassroots.education.internal;

public record ProgramDraft(Long unitId, String name, String description, Integer year) {
}
