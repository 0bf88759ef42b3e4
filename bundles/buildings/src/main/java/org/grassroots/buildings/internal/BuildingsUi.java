package org.grassroots.buildings.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the module's console pages (the bundle's {@code /web} folder) at {@code /ui/buildings/} through the HTTP
 * whiteboard; the console loads {@code /ui/buildings/index.js} while the module is active and enabled.
 */
@Component(service = BuildingsUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + BuildingsModule.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class BuildingsUi {
}
