package org.grassroots.core.api.annualstats;

import org.grassroots.core.api.module.LocalizedText;

/** One line of a statistics table: a stable key (an enum name, a band, or the stored text), its label and count. */
public record StatRow(String key, LocalizedText label, long count) {
}
