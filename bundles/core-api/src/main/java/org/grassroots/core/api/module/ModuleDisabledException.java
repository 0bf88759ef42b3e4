package org.grassroots.core.api.module;

import org.grassroots.core.api.GrassrootsException;

/** A module was asked to act for a unit where it is not enabled. Answers 403. */
public class ModuleDisabledException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public ModuleDisabledException(String moduleId, long organizationId) {
        super("Module " + moduleId + " is not enabled for unit " + organizationId
                + "; a unit administrator can enable it under Modules");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Module not enabled here";
    }
}
