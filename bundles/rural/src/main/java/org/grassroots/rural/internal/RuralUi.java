package org.grassroots.rural.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the module's console pages (the bundle's {@code /web} folder) at {@code /ui/rural/} through the HTTP
 * whiteboard; the console loads {@code /ui/rural/index.js}.
 */
@Component(service = RuralUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + RuralModule.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class RuralUi {
}
