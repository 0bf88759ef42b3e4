package org.grassroots.rural.internal;

import java.util.Map;

import org.grassroots.rural.internal.classify.Category;

public record RunResult(int year, int villages, Map<Category, Integer> categories, boolean rerun) {
}
