package org.grassroots.core.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.junit.jupiter.api.Test;

class NotificationsTest {
    private static final NotificationDraft GOOD = new NotificationDraft("industrial", "industrial.request.overdue",
            LocalizedText.of("诉求超期", "Request overdue"), null, "#/m/industrial/requests", null, null, null);

    @Test
    void ancestorPathsRunFromTheRootToTheUnit() {
        assertEquals(List.of("/1/", "/1/7/", "/1/7/23/"), NotificationsImpl.ancestorPaths("/1/7/23/"));
        assertEquals(List.of("/5/"), NotificationsImpl.ancestorPaths("/5/"));
    }

    @Test
    void aDraftNeedsBothLanguagesAConsoleLinkAndExactlyOneKindOfRecipient() {
        NotificationsImpl.validate(GOOD, List.of(Recipient.roleInUnit(Role.UNIT_ADMIN, 3), Recipient.account("a")));
        ValidationException e = assertThrows(ValidationException.class, () -> NotificationsImpl.validate(
                new NotificationDraft("industrial", "x y", LocalizedText.of("诉求", " "), null, "https://evil", null, null, null),
                List.of(new Recipient("a", Role.MEMBER, null), new Recipient(null, null, null))));
        assertEquals(List.of("kind", "title", "link", "recipients[0]", "recipients[1]"),
                e.errors().stream().map(f -> f.field()).toList());
        assertThrows(ValidationException.class, () -> NotificationsImpl.validate(GOOD, List.of()));
    }
}
