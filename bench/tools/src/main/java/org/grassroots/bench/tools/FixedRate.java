package org.grassroots.bench.tools;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate HTTP load generator in the style of wrk2: request {@code i} is due at {@code start + i/rate} and
 * its latency is measured from that due time, not from when a worker got round to sending it, so a stalled
 * server shows up in the percentiles instead of silently lowering the rate (no coordinated omission).
 * Keep-alive connections, one per worker thread. Stops after {@code seconds}.
 * <p>
 * Usage: {@code FixedRate <url> <ratePerSecond> <seconds> <threads> [<header: value>]}. Prints one line:
 * {@code requests=.. errors=.. achieved_rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=..}.
 */
public final class FixedRate {
    private FixedRate() {
    }

    public static void main(String[] args) throws Exception {
        URL url = new URL(args[0]);
        double rate = Double.parseDouble(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int threads = Integer.parseInt(args[3]);
        String[] header = args.length > 4 && !args[4].isBlank() ? args[4].split(":\\s*", 2) : null;
        System.setProperty("http.maxConnections", Integer.toString(threads));

        int total = (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long intervalNanos = (long) (1_000_000_000L / rate);
        long start = System.nanoTime() + 50_000_000L;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                byte[] buffer = new byte[16384];
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + i * intervalNanos;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        HttpURLConnection c = (HttpURLConnection) url.openConnection();
                        if (header != null) {
                            c.setRequestProperty(header[0], header[1]);
                        }
                        int status = c.getResponseCode();
                        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                            if (in != null) {
                                while (in.read(buffer) >= 0) {
                                    // drain so the connection is reused
                                }
                            }
                        }
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - due;
                }
            }, "fixed-rate-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("requests=%d errors=%d achieved_rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                total, errors.get(), total / elapsed, pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99),
                latencies[total - 1] / 1e6);
    }

    private static double pct(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
