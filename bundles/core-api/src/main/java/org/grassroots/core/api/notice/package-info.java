/**
 * Work that a level of the organization tree sends down to the units below it:
 * <ul>
 * <li>{@link org.grassroots.core.api.notice.Notices notices} (通知公告) that each addressed unit signs for (签收),
 * with a view of who has not signed yet;</li>
 * <li>{@link org.grassroots.core.api.notice.CollectionTasks collection tasks} (信息报送) in which each addressed unit
 * submits a file or a short form by a deadline, with a completion view for the level that asked.</li>
 * </ul>
 * A unit signs or submits through an account whose scope unit is that unit. Issuing posts a notification to each
 * addressed unit. REST: {@code /api/core/notices} and {@code /api/core/collections}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.core.api.notice;
