package org.grassroots.education.internal;

public record CategoryDraft(String code, String zhCN, String en, Integer position) {
}
