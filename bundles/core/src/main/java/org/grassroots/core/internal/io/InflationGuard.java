package org.grassroots.core.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.grassroots.core.api.io.UnreadableSpreadsheetException;

/**
 * Refuses an XLSX package that unpacks far beyond its size (a "zip bomb") before the workbook reader sees it,
 * stopping at the first megabytes that give it away instead of inflating it whole: every entry is inflated in
 * chunks and counted against an absolute limit per entry and per file and against a ratio to its compressed size
 * (as Apache POI's {@code ZipSecureFile} does, with its default ratio of 100). Declared sizes are not trusted:
 * the bytes are counted.
 */
final class InflationGuard {
    /** POI's default minimum inflate ratio is 0.01: nothing real compresses better than 1:100. */
    static final int MAX_RATIO = 100;
    /** Below this many inflated bytes an entry's ratio is not judged (tiny repetitive parts compress very well). */
    static final long RATIO_GRACE = 4L << 20;
    /** Far above a sheet of the row limit with the columns of any template. */
    static final long MAX_INFLATED = 512L << 20;
    static final int MAX_ENTRIES = 2_000;
    private static final int CHUNK = 64 * 1024;

    private final int maxRatio;
    private final long ratioGrace;
    private final long maxInflated;

    InflationGuard() {
        this(MAX_RATIO, RATIO_GRACE, MAX_INFLATED);
    }

    InflationGuard(int maxRatio, long ratioGrace, long maxInflated) {
        this.maxRatio = maxRatio;
        this.ratioGrace = ratioGrace;
        this.maxInflated = maxInflated;
    }

    /**
     * @throws UnreadableSpreadsheetException when the package inflates beyond the limits; a package that is not a
     *                                        readable zip at all is left to the workbook reader to report
     */
    void check(byte[] zip) {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[CHUNK];
            for (Enumeration<ZipArchiveEntry> all = file.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw refused();
                }
                long compressed = entry.getCompressedSize() < 0 ? zip.length : Math.min(entry.getCompressedSize(), zip.length);
                long inflated = 0;
                try (InputStream in = file.getInputStream(entry)) {
                    if (in == null) {
                        continue;
                    }
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (total > maxInflated
                                || (inflated > ratioGrace && inflated > (long) maxRatio * Math.max(1, compressed))) {
                            throw refused();
                        }
                    }
                }
            }
        } catch (UnreadableSpreadsheetException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // damaged or not a zip: the workbook reader says so in its own words
        }
    }

    private UnreadableSpreadsheetException refused() {
        return new UnreadableSpreadsheetException(
                ColumnLayout.MESSAGES.message("xlsx.inflated", maxInflated >> 20, maxRatio, MAX_ENTRIES));
    }
}
