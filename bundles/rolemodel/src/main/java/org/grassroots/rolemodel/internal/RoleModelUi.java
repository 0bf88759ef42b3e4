package org.grassroots.rolemodel.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the module's console pages (the bundle's {@code /web} folder) at {@code /ui/rolemodel/} through the HTTP
 * whiteboard; the console loads {@code /ui/rolemodel/index.js} while the module is active and enabled.
 */
@Component(service = RoleModelUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + RoleModelModule.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class RoleModelUi {
}
