package org.grassroots.core.api;

public enum Sex {
    MALE("男"), FEMALE("女");

    private final String label;

    Sex(String label) { this.label = label; }

    public String label() { return label; }

    public static Sex parse(String text) { return Labels.parse(Sex.class, text, Sex::label); }
}
