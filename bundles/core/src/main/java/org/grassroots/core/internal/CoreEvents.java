package org.grassroots.core.internal;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.core.api.CoreTopics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts core events asynchronously, after the transaction committed; missing EventAdmin just means nobody listens. */
@Component(service = CoreEvents.class)
public class CoreEvents {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    public void post(String topic, long id, String path, String actor, Map<String, Object> extra) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put(CoreTopics.ID, id);
        if (path != null) {
            properties.put(CoreTopics.PATH, path);
        }
        properties.put(CoreTopics.ACTOR, actor);
        admin.postEvent(new Event(topic, properties));
    }

    public void post(String topic, long id, String path, String actor) {
        post(topic, id, path, actor, Map.of());
    }
}
