package org.grassroots.core.internal.security;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** Loads (or on first start creates) the personal-data key file and offers the {@link PersonalData} cipher. */
@Component(service = PersonalDataKeys.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public class PersonalDataKeys {
    private final PersonalData personalData;
    private final Path file;

    @Activate
    public PersonalDataKeys(SecurityConfig config) {
        this.file = KeyFiles.resolve(config.personalDataKeyFile());
        this.personalData = new PersonalData(KeyFiles.loadOrCreate(file, 64));
    }

    /** The key file, whose fingerprint a backup records (the key itself stays out of backups). */
    public Path file() {
        return file;
    }

    public PersonalData cipher() {
        return personalData;
    }
}
