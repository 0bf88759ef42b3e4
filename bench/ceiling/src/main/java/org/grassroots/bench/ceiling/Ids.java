package org.grassroots.bench.ceiling;

import java.util.Arrays;
import java.util.List;

import javax.ws.rs.BadRequestException;

/** The {@code ids} parameter of the page ceilings: comma-separated ids, at most {@value #MAX}. */
final class Ids {
    static final int MAX = 200;

    private Ids() {
    }

    static List<Long> parse(String ids) {
        List<Long> parsed;
        try {
            parsed = ids == null || ids.isBlank() ? List.of()
                    : Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new BadRequestException("ids: comma-separated ids");
        }
        if (parsed.size() > MAX) {
            throw new BadRequestException("ids: at most " + MAX);
        }
        return parsed;
    }
}
