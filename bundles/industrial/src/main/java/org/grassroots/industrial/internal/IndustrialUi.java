package org.grassroots.industrial.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the module's console pages (the bundle's {@code /web} folder) at {@code /ui/industrial/} through the
 * HTTP whiteboard; the console loads {@code /ui/industrial/index.js} while the module is active and enabled.
 */
@Component(service = IndustrialUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + IndustrialModule.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class IndustrialUi {
}
