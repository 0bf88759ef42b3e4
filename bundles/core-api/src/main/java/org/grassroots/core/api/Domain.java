package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Field (领域) a unit works in. */
public enum Domain implements Labelled {
    RURAL("农村", "Rural"), URBAN_COMMUNITY("城市社区", "Urban community"), EMERGING("新兴领域", "Emerging sectors"), INSTITUTION("机关事业", "Institutions");

    private final LocalizedText labels;

    Domain(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    public static Domain parse(String text) { return Labels.parse(Domain.class, text, Domain::label); }
}
