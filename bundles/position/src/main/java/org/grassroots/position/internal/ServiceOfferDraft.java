package org.grassroots.position.internal;

/** A service offered or changed: its position (on creation), name, type, what it is, when it is offered, active or withdrawn. */
public record ServiceOfferDraft(Long positionId, String name, ServiceType serviceType, String description, String schedule,
                                Boolean active) {
}
