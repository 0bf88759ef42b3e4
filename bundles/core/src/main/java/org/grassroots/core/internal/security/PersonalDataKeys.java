package org.grassroots.core.internal.security;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** Loads (or on first start creates) the personal-data key file and offers the {@link PersonalData} cipher. */
@Component(service = PersonalDataKeys.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public class PersonalDataKeys {
    private final PersonalData personalData;

    @Activate
    public PersonalDataKeys(SecurityConfig config) {
        this.personalData = new PersonalData(KeyFiles.loadOrCreate(KeyFiles.resolve(config.personalDataKeyFile()), 64));
    }

    public PersonalData cipher() {
        return personalData;
    }
}
