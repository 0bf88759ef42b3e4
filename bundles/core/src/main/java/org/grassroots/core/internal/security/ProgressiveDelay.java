package org.grassroots.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed attempts per key (a client address), kept in memory on this node: once {@code threshold} failures fall
 * within {@code window}, each further failure makes the key wait 1, 2, 4 … seconds (at most {@code maxDelay})
 * before its next attempt is even looked at. A delay, not a lock: it ends by itself, and it holds one source back
 * without shutting anyone else out. Bounded: at most {@code maxKeys} keys; stale keys go first.
 */
final class ProgressiveDelay {
    private record State(int failures, Instant firstFailure, Instant waitUntil) {
    }

    private final int threshold;
    private final Duration window;
    private final Duration maxDelay;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    ProgressiveDelay(int threshold, Duration window, Duration maxDelay, int maxKeys, Clock clock) {
        this.threshold = Math.max(1, threshold);
        this.window = window;
        this.maxDelay = maxDelay;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** How long this key must still wait, if it must. */
    Optional<Duration> waitFor(String key) {
        State state = states.get(key);
        Instant now = clock.instant();
        if (state == null || state.waitUntil() == null || !state.waitUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.waitUntil()));
    }

    /** Counts a failure (atomically per key) and returns the delay it started, if any. */
    Optional<Duration> failed(String key) {
        Instant now = clock.instant();
        if (states.size() >= maxKeys && !states.containsKey(key)) {
            forgetStale(now);
        }
        State state = states.compute(key, (k, old) -> {
            boolean fresh = old == null || (old.firstFailure().plus(window).isBefore(now)
                    && (old.waitUntil() == null || old.waitUntil().isBefore(now)));
            int failures = fresh ? 1 : old.failures() + 1;
            Instant first = fresh ? now : old.firstFailure();
            Instant waitUntil = failures < threshold ? null : now.plus(delay(failures - threshold));
            return new State(failures, first, waitUntil);
        });
        return state.waitUntil() == null ? Optional.empty() : Optional.of(Duration.between(now, state.waitUntil()));
    }

    private Duration delay(int beyond) {
        Duration delay = Duration.ofSeconds(1L << Math.min(beyond, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    void forget(String key) {
        states.remove(key);
    }

    private void forgetStale(Instant now) {
        states.entrySet().removeIf(e -> e.getValue().firstFailure().plus(window).isBefore(now)
                && (e.getValue().waitUntil() == null || e.getValue().waitUntil().isBefore(now)));
        if (states.size() >= maxKeys) {
            // still full of live keys: a flood from very many sources; start over rather than grow without bound
            states.clear();
        }
    }

    int size() {
        return states.size();
    }
}
