package org.grassroots.community.internal;

public record VisitsDraft(Integer visits) {
}
