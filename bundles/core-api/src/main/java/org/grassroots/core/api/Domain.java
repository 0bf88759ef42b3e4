package org.grassroots.core.api;

/** Field (领域) a unit works in. */
public enum Domain {
    RURAL("农村"), URBAN_COMMUNITY("城市社区"), EMERGING("新兴领域"), INSTITUTION("机关事业");

    private final String label;

    Domain(String label) { this.label = label; }

    public String label() { return label; }

    public static Domain parse(String text) { return Labels.parse(Domain.class, text, Domain::label); }
}
