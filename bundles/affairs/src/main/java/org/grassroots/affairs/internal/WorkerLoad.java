package org.grassroots.affairs.internal;

public record WorkerLoad(long memberId, String memberName, WorkerRole role, int organizations) {
}
