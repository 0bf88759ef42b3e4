package org.grassroots.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {
    @Test
    void namesTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"____-2024.xlsx\"; filename*=UTF-8''%E5%88%86%E7%B1%BB%E7%BB%93%E6%9E%9C-2024.xlsx",
                Downloads.contentDisposition("分类结果-2024.xlsx"));
        assertEquals("attachment; filename=\"members-12.csv\"; filename*=UTF-8''members-12.csv",
                Downloads.contentDisposition("members-12.csv"));
    }
}
