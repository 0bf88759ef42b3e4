package org.grassroots.core.internal.security;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Replaces Karaf's {@code karaf} JAAS realm (higher rank) so SSH and JMX sign in with platform accounts instead of
 * a second user list in etc/users.properties. Karaf's ProxyLoginModule loads {@link PlatformLoginModule} from this
 * bundle.
 */
@Component(service = JaasRealm.class, property = { "org.apache.karaf.jaas.realm=karaf", "service.ranking:Integer=1" })
public class PlatformRealm implements JaasRealm {
    static final String NAME = "karaf";
    private final AppConfigurationEntry[] entries;

    @Activate
    public PlatformRealm(@Reference AccountServiceImpl accounts, BundleContext context) {
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, PlatformLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(PlatformLoginModule.ACCOUNTS, accounts);
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                    AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)
        };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 1;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries;
    }
}
