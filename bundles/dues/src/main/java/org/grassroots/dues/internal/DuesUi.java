package org.grassroots.dues.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the module's console pages (the bundle's {@code /web} folder) at {@code /ui/dues/} through the HTTP
 * whiteboard; the console loads {@code /ui/dues/index.js} while the module is active and enabled.
 */
@Component(service = DuesUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + DuesModule.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class DuesUi {
}
