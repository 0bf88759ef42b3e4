package org.grassroots.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code limit} uses per key in a fixed window, in memory on this node; bounded to {@code maxKeys} keys. */
public final class RateLimit {
    private record Window(Instant start, int used) {
    }

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimit(int limit, Duration window, int maxKeys, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes one use; empty when allowed, else the seconds until the key's window ends. */
    public OptionalLong acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() >= maxKeys && !windows.containsKey(key)) {
            windows.entrySet().removeIf(e -> !e.getValue().start().plus(window).isAfter(now));
            if (windows.size() >= maxKeys) {
                windows.clear();
            }
        }
        Window w = windows.compute(key, (k, old) -> old == null || !old.start().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(old.start(), old.used() + 1));
        if (w.used() <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.between(now, w.start().plus(window)).toSeconds()));
    }
}
