package org.grassroots.itests;

import java.io.File;
import java.io.IOException;

/** Lets tests in other packages find the built distribution the way {@link RestartPersistenceIT} does. */
public final class RestartPersistenceITAccess {
    private RestartPersistenceITAccess() {
    }

    public static File distribution() throws IOException {
        return RestartPersistenceIT.distribution();
    }
}
