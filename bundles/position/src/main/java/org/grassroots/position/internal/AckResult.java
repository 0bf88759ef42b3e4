package org.grassroots.position.internal;

import java.util.List;

/** What an acknowledgement changed: positions marked synced, and those changed again since the export (still to send). */
public record AckResult(int acknowledged, List<Long> changedSince) {
}
