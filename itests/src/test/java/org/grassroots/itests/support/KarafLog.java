package org.grassroots.itests.support;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The container's {@code data/log/karaf.log}, read from inside it (the tests run in the container): what a
 * series of requests added to it. Used to prove that refused requests (404/409/422) log no stack trace.
 */
public final class KarafLog {
    /** A line of a Java stack trace as log4j writes it ({@code \tat a.b.C.m(C.java:12)} or {@code Caused by: }). */
    private static final Pattern STACK_LINE = Pattern.compile("^(\\s+at [\\w.$<>]+\\(.*\\)|Caused by: .*)$");

    /** Karaf's log4j layout puts the level between the first two bars, padded to five characters. */
    private static final Pattern ERROR_LINE = Pattern.compile("^[^|]*\\|\\s*ERROR\\s*\\|");

    private final Path file;
    private long mark;

    private KarafLog(Path file) {
        this.file = file;
    }

    /** The log from its current end on. */
    public static KarafLog fromNow() {
        String data = System.getProperty("karaf.data", "data");
        KarafLog log = new KarafLog(Path.of(data, "log", "karaf.log"));
        log.mark = log.size();
        return log;
    }

    /** The whole log of this container's run. */
    public static KarafLog fromStart() {
        KarafLog log = fromNow();
        log.mark = 0;
        return log;
    }

    private long size() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was written since {@link #fromNow()} (all of it after a roll-over). */
    public String added() {
        long size = size();
        long from = size < mark ? 0 : mark;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(size - from, 8 * 1024 * 1024)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts that nothing written since {@link #fromNow()} is a line of a stack trace. */
    public void assertNoStackTrace(String what) {
        String added = added();
        List<String> stack = added.lines().filter(line -> STACK_LINE.matcher(line).matches()).toList();
        assertEquals(what + " logged stack traces:\n" + added, List.of(), stack);
    }

    /** The last {@code count} lines written since {@link #fromNow()} (or {@link #fromStart()}), for failure messages. */
    public String tail(int count) {
        List<String> lines = added().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /** The lines written since {@link #fromNow()} at level ERROR (Karaf's layout: {@code time | ERROR | ...}). */
    public List<String> errorLines() {
        return added().lines().filter(line -> ERROR_LINE.matcher(line).find()).toList();
    }

    /**
     * Runs {@code requests} (which assert their own refusals) and asserts that they wrote no stack trace to
     * karaf.log. Waits a little first: the container's log is written asynchronously.
     */
    public static void assertQuiet(String what, Runnable requests) {
        KarafLog log = fromNow();
        requests.run();
        Api.sleep(1000);
        log.assertNoStackTrace(what);
    }
}
