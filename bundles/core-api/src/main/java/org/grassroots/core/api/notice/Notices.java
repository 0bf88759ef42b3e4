package org.grassroots.core.api.notice;

import java.util.List;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Notices (通知公告) from a level to the units below it. A caller sees a notice when its issuing unit or one of
 * its addressed units is in their scope; everything else answers 404. Issuing needs
 * {@code core.notice.issue}, signing {@code core.notice.sign}; both are audited.
 */
@ProviderType
public interface Notices {

    Notice issue(NoticeDraft draft);

    /** Notices the caller sees, newest first. */
    Page<Notice> list(PageRequest page);

    Notice get(long id);

    /**
     * The addressed units in the caller's scope with their signatures; {@code signed=false} lists who has not
     * signed yet.
     */
    List<NoticeReceipt> receipts(long id, Boolean signed);

    /** Signs for {@code unitId}, which must be addressed and be the caller's own scope unit. Signing twice is 409. */
    NoticeReceipt sign(long id, long unitId);
}
