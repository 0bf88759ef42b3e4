package org.grassroots.industrial.internal;

public record CategoryDraft(String code, String zhCN, String en, Integer deadlineDays) {
}
