package org.grassroots.core.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClusterNodeTest {
    @Test
    void thePortComesFromTheFirstEndpoint() {
        assertEquals("8181", ClusterNode.portOf(new String[] { "http://0.0.0.0:8181/", "https://0.0.0.0:8443/" }));
        assertEquals("44001", ClusterNode.portOf(List.of("http://127.0.0.1:44001/")));
        assertEquals("9000", ClusterNode.portOf("http://host:9000/"));
    }

    @Test
    void noUsablePortIsNull() {
        assertNull(ClusterNode.portOf(new String[0]));
        assertNull(ClusterNode.portOf("http://host/"));
        assertNull(ClusterNode.portOf("not a url ::"));
    }
}
