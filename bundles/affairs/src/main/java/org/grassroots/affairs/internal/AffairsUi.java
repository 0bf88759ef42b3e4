package org.grassroots.affairs.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** Serves the module's console pages (the bundle's {@code /web} folder) at {@code /ui/affairs/}. */
@Component(service = AffairsUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + AffairsModule.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class AffairsUi {
}
