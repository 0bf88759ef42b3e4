package org.grassroots.dues.internal;

import java.util.List;

public record BandSetDraft(List<Band> bands) {
}
