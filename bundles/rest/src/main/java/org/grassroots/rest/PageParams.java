package org.grassroots.rest;

import javax.ws.rs.QueryParam;

import org.grassroots.core.api.PageRequest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code ?page=&size=&sort=} for any list endpoint; use with {@code @BeanParam}. A page or size out of range
 * (including numbers too large for an int) is refused by {@link #toRequest()} with 422 naming the parameter and its
 * range; an unknown sort key is refused by {@link Paging} naming the allowed keys.
 * <p>
 * The parameters arrive as text through the setters and are read in {@link #toRequest()}: a failure while Jersey
 * injects a bean parameter is reported by HK2 as a warning with a stack trace, a refusal in the resource method is not.
 */
public class PageParams {
    /** Highest page number: keeps {@code page * size} (the offset) within an int for any allowed size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / PageRequest.MAX_SIZE;
    public static final int DEFAULT_SIZE = 50;

    /** The page asked for, valid once {@link #toRequest()} accepted it. */
    public int page;
    /** The page size asked for, valid once {@link #toRequest()} accepted it. */
    public int size = DEFAULT_SIZE;
    public String sort;

    private String pageText;
    private String sizeText;

    @QueryParam("page")
    @Parameter(description = "zero-based page", schema = @Schema(type = "integer", minimum = "0", maximum = "4294967",
            defaultValue = "0"))
    public void setPage(String text) {
        this.pageText = text;
    }

    @QueryParam("size")
    @Parameter(description = "rows per page", schema = @Schema(type = "integer", minimum = "1", maximum = "500",
            defaultValue = "50"))
    public void setSize(String text) {
        this.sizeText = text;
    }

    @QueryParam("sort")
    @Parameter(description = "comma-separated sort keys of the list, each optionally prefixed with - (descending)")
    public void setSort(String sort) {
        this.sort = sort;
    }

    /** The request, or a 422 naming {@code page} or {@code size} and its range. */
    public PageRequest toRequest() {
        if (pageText != null) {
            Long p = QueryParams.whole("page", pageText, 0, MAX_PAGE);
            page = p == null ? 0 : p.intValue();
        }
        if (sizeText != null) {
            Long s = QueryParams.whole("size", sizeText, 1, PageRequest.MAX_SIZE);
            size = s == null ? DEFAULT_SIZE : s.intValue();
        }
        return new PageRequest(page, size, sort);
    }
}
