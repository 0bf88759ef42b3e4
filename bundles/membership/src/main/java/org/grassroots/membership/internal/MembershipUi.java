package org.grassroots.membership.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the module's console pages (the bundle's {@code /web} folder) at {@code /ui/membership/} through the HTTP
 * whiteboard; the console loads {@code /ui/membership/index.js} while the module is active and enabled.
 */
@Component(service = MembershipUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + MembershipModule.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class MembershipUi {
}
