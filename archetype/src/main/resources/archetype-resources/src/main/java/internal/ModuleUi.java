package ${package}.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Serves the bundle's {@code /web} folder at {@code /ui/${moduleId}/} through the HTTP whiteboard; the console loads
 * {@code /ui/${moduleId}/index.js} (the descriptor's UI entry) while the module is active and enabled.
 */
@Component(service = ModuleUi.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN + "=/ui/" + ModuleDefinition.ID + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX + "=/web" })
public class ModuleUi {
}
