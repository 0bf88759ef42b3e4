package org.grassroots.core.api.module;

/**
 * A value a user can see (an enum constant, usually) with its label in Chinese and English, kept beside the value
 * so that the console, spreadsheets and the dashboard never show a raw code. {@link EnumLabels} turns a labelled
 * enum into the code-to-label map that descriptors, statistics and {@code GET /api/core/labels} carry.
 */
public interface Labelled {
    /** The zh-CN and English label of this value. */
    LocalizedText labels();

    /** The Chinese label (what spreadsheets and the shell show). */
    default String label() {
        return labels().zhCN();
    }
}
