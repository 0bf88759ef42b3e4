package org.grassroots.rural.internal;

public record Income(long villageId, String villageName, int year, double amount, Double previousAmount,
                     Double growth, long version) {
}
