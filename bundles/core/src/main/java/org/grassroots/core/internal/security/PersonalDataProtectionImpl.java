package org.grassroots.core.internal.security;

import java.util.List;

import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.security.PersonalDataProtection;
import org.grassroots.core.internal.Actors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Core's encryption, masking and audited reveal of personal data, offered to modules (same key as core's). */
@Component(service = PersonalDataProtection.class)
public class PersonalDataProtectionImpl implements PersonalDataProtection {
    private final PersonalData cipher;
    private final AuditLog audit;

    @Activate
    public PersonalDataProtectionImpl(@Reference PersonalDataKeys keys, @Reference AuditLog audit) {
        this.cipher = keys.cipher();
        this.audit = audit;
    }

    @Override
    public String encrypt(String plain) {
        return cipher.encrypt(plain);
    }

    @Override
    public String decrypt(String stored) {
        return cipher.decrypt(stored);
    }

    @Override
    public boolean isEncrypted(String stored) {
        return PersonalData.isEncrypted(stored);
    }

    @Override
    public String maskedPhone(String stored) {
        return IdNumbers.maskPhone(cipher.decrypt(stored));
    }

    @Override
    public boolean mayReveal() {
        Caller caller = Actors.caller();
        return !caller.system() && CorePermissions.SEE_PERSONAL_DATA.stream().anyMatch(caller::hasRole);
    }

    @Override
    public String revealPhone(String stored, String entityType, long entityId) {
        if (stored == null) {
            return null;
        }
        if (!mayReveal()) {
            return maskedPhone(stored);
        }
        audit.record("READ_PERSONAL", entityType, entityId, "phone number shown", List.of());
        return cipher.decrypt(stored);
    }
}
