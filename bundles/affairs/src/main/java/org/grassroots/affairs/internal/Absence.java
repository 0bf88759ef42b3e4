package org.grassroots.affairs.internal;

/** Absent member with the reason. */
public record Absence(Long memberId, String reason) {
}
