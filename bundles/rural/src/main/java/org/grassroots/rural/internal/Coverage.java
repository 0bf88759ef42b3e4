package org.grassroots.rural.internal;

import java.util.List;

public record Coverage(int year, int villages, int visited, List<VillageRef> notVisited) {
}
