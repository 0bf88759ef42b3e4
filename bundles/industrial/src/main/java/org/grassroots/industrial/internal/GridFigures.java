package org.grassroots.industrial.internal;

public record GridFigures(long gridId, String code, String name, Figures figures) {
}
