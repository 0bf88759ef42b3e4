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
}
