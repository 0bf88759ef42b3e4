package org.grassroots.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

class ModuleDiagnosisTest {
    private static ReferenceDTO reference(String name, String interfaceName) {
        ReferenceDTO reference = new ReferenceDTO();
        reference.name = name;
        reference.interfaceName = interfaceName;
        return reference;
    }

    private static UnsatisfiedReferenceDTO unsatisfied(String name) {
        UnsatisfiedReferenceDTO unsatisfied = new UnsatisfiedReferenceDTO();
        unsatisfied.name = name;
        return unsatisfied;
    }

    @Test
    void aConstructorReferenceIsNamedByTheServiceItWaitsFor() {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.references = new ReferenceDTO[] {
            reference("$000", "org.apache.aries.jpa.template.JpaTemplate"),
            reference("$001", "org.grassroots.core.api.module.ModuleSchema")};
        assertEquals("ModuleSchema", ModuleDiagnosis.serviceName(description, unsatisfied("$001")));
        assertEquals("JpaTemplate", ModuleDiagnosis.serviceName(description, unsatisfied("$000")));
    }

    @Test
    void aReferenceTheDescriptionDoesNotKnowKeepsItsName() {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.references = new ReferenceDTO[0];
        assertEquals("events", ModuleDiagnosis.serviceName(description, unsatisfied("events")));
    }
}
