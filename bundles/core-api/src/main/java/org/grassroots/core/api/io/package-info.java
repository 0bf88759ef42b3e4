/**
 * Spreadsheets, the way street offices keep their data: the {@link org.grassroots.core.api.io.Spreadsheets}
 * service reads XLSX and CSV (UTF-8 with or without BOM, or GBK as Chinese Excel saves it) into header-keyed
 * rows that keep the row numbers users see in Excel, and writes rows back as XLSX or CSV that Excel opens
 * without garbling Chinese or ID numbers. {@link org.grassroots.core.api.io.RowReader} reads typed cells and
 * collects one {@link org.grassroots.core.api.RowError} per bad cell, so an import can refuse a whole file
 * with every problem listed ({@link org.grassroots.core.api.io.RejectedRowsException}, answered 422).
 * <p>
 * Modules use these instead of their own parsing, so every upload in the platform accepts the same files and
 * reports errors the same way.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.grassroots.core.api.io;
