package org.grassroots.core.internal.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Copies the platform's database, while it serves writes, into a backup folder with the database's own tool, and
 * describes what it copied. One implementation per database product: {@link DerbyCopier} (Derby's online backup);
 * a PostgreSQL one would run {@code pg_dump} and digest the tables in the dump's snapshot. {@link BackupServiceImpl}
 * picks the copier that {@link #handles} the live database and does everything else (folder, manifest, checksums).
 */
public interface DatabaseCopier {

    /** Whether this copier works on a database whose JDBC product name is {@code product}, e.g. "Apache Derby". */
    boolean handles(String product);

    /**
     * Writes a consistent image of {@code live} below {@code folder} (which exists and is empty) and digests every
     * table of that image (not of the live database, which has moved on meanwhile).
     */
    Copy copy(DataSource live, Path folder) throws SQLException, IOException;

    /**
     * What was copied.
     *
     * @param product        the database product and version, e.g. "Apache Derby 10.14.2.0"
     * @param tables         every table of the image by name, with its rows and content hash
     * @param schemaVersions every migration history in the image ({@code CORE}, {@code IND}, ...) with its newest
     *                       applied version
     * @param restore        how the image is put back, for the manifest's reader
     */
    record Copy(String product, Map<String, TableDigests.TableDigest> tables, Map<String, String> schemaVersions,
                String restore) {
    }
}
