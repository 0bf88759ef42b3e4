package org.grassroots.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsolePathsTest {
    @Test
    void theRootIsTheShellPageAndIsRevalidated() {
        ConsolePaths.Target root = ConsolePaths.resolve("/").orElseThrow();
        assertEquals("console/index.html", root.resourcePath());
        assertEquals(ConsolePaths.Caching.REVALIDATE, root.caching());
        assertEquals(root, ConsolePaths.resolve("").orElseThrow());
    }

    @Test
    void assetsComeFromTheConsoleFolderAndWebJarsAreImmutable() {
        assertEquals("console/assets/app.js", ConsolePaths.resolve("/assets/app.js").orElseThrow().resourcePath());
        ConsolePaths.Target echarts = ConsolePaths.resolve("/webjars/echarts/5.3.1/dist/echarts.esm.min.js").orElseThrow();
        assertEquals("META-INF/resources/webjars/echarts/5.3.1/dist/echarts.esm.min.js", echarts.resourcePath());
        assertEquals(ConsolePaths.Caching.IMMUTABLE, echarts.caching());
    }

    @Test
    void nothingOutsideTheTwoFoldersAndNoTraversal() {
        assertTrue(ConsolePaths.resolve("/favicon.ico").isEmpty());
        assertTrue(ConsolePaths.resolve("/OSGI-INF/x.xml").isEmpty());
        assertTrue(ConsolePaths.resolve("/assets/../META-INF/MANIFEST.MF").isEmpty());
        assertTrue(ConsolePaths.resolve("/assets/%2e%2e/x").isEmpty());
        assertTrue(ConsolePaths.resolve("/assets//app.js").isEmpty());
        assertTrue(ConsolePaths.resolve("/assets/").isEmpty());
        assertFalse(ConsolePaths.isSafe("/assets/./app.js"));
    }
}
