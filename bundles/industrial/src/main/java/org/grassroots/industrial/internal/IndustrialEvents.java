package org.grassroots.industrial.internal;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.industrial.IndustrialTopics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts the module's events ({@link IndustrialTopics}) asynchronously, after the write they describe committed. */
@Component(service = IndustrialEvents.class)
public class IndustrialEvents {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    void post(String topic, long requestId, String path, Long parkId, String category, String actor,
              Map<String, Object> extra) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put(IndustrialTopics.REQUEST_ID, requestId);
        properties.put(IndustrialTopics.PATH, path);
        if (parkId != null) {
            properties.put(IndustrialTopics.PARK_ID, parkId);
        }
        if (category != null) {
            properties.put(IndustrialTopics.CATEGORY, category);
        }
        properties.put(IndustrialTopics.ACTOR, actor);
        admin.postEvent(new Event(topic, properties));
    }
}
