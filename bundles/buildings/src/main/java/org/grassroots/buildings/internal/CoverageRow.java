package org.grassroots.buildings.internal;

/** Coverage of the current enterprises of one building, one belt or all: counts per kind of coverage. */
public record CoverageRow(String key, String name, Belt belt, int enterprises, int ownOrganization, int jointBranch, int none, int shouldForm, int instructorOnly, double percent) {
}
