package org.grassroots.rural.internal;

public record Repairing(Pairing pairing, double fit, String reason,
                        org.grassroots.rural.internal.match.Recommendation suggestion) {
}
