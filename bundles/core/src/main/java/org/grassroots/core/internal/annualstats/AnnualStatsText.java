package org.grassroots.core.internal.annualstats;

import org.grassroots.core.api.module.ModuleMessages;

/** The server texts of the annual statistics ({@code messages*.properties} beside this class). */
final class AnnualStatsText {
    static final ModuleMessages TEXT = ModuleMessages.of(AnnualStatsText.class);

    private AnnualStatsText() {
    }
}
