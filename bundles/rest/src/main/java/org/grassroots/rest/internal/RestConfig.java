package org.grassroots.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.grassroots.rest.cfg}. */
@ObjectClassDefinition(name = "grassroots REST", description = "How the REST layer sees its clients")
@interface RestConfig {
    String PID = "org.grassroots.rest";

    @AttributeDefinition(description = "Comma-separated addresses of reverse proxies whose Forwarded / "
            + "X-Forwarded-For headers name the client (for the audit trail and the sign-in throttle). Empty: the "
            + "headers are ignored and the connection's address is the client's.")
    String trustedProxies() default "";

    @AttributeDefinition(description = "Writes are refused (503, \"the data disk is full\") while the disk below "
            + "${karaf.data} or the Derby database's folder has less free space than this many megabytes; reads go "
            + "on, and writes are accepted again as soon as there is room. 0 switches the check off.")
    long minimumFreeDiskMegabytes() default 64;
}
