package org.grassroots.rural.internal;

public record Project(long id, long villageId, String villageName, String name, int startYear, double investment,
                      double output, ProjectStatus status, long version) {
}
