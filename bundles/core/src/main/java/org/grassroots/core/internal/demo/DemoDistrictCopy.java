package org.grassroots.core.internal.demo;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.DemoCopy;

/** One copy of the demo district as core hands it to the modules' contributors. */
record DemoDistrictCopy(int number, int copies, Organization district) implements DemoCopy {
    @Override
    public String idNumberProvince() {
        return DemoDistrict.province(number);
    }
}
