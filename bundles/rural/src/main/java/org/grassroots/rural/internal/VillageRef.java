package org.grassroots.rural.internal;

public record VillageRef(long id, String code, String name) {
}
