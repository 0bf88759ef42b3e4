package org.grassroots.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static final Map<String, String> FIELDS = Map.of("name", "m.name", "joinedOn", "m.joinedOn");

    @Test
    void jpqlDefaultOrderWithTieBreaker() {
        assertEquals(" ORDER BY m.name, m.id", Paging.orderBy(null, FIELDS, "m.name", "m.id"));
        assertEquals(" ORDER BY r.at DESC, r.id DESC", Paging.orderBy(" ", FIELDS, "r.at DESC, r.id DESC", "r.id"));
    }

    @Test
    void jpqlSortsByAllowedKeysInEitherDirection() {
        assertEquals(" ORDER BY m.joinedOn DESC, m.name ASC, m.id", Paging.orderBy("-joinedOn,+name", FIELDS, "m.name", "m.id"));
        assertEquals(Map.of("code", "o.code"), Paging.fields("o", Set.of("code")));
    }

    @Test
    void unknownKeyIsRefusedNamingSortAndTheAllowedKeys() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Paging.orderBy("-idNumber", FIELDS, "m.name", "m.id"));
        assertEquals("sort", e.errors().get(0).field());
        assertTrue(e.errors().get(0).reason().contains("joinedOn, name"), e.errors().get(0).reason());
        assertThrows(ValidationException.class, () -> Paging.page(List.of("a"), new PageRequest(0, 5, "x"),
                Map.of(), Comparator.naturalOrder()));
    }

    @Test
    void pagesInMemoryListsSortedAndBounded() {
        Map<String, Comparator<String>> sortable = Map.of("length", Comparator.comparing(String::length));
        List<String> words = List.of("ccc", "a", "bb", "dddd", "e");
        Page<String> first = Paging.page(words, new PageRequest(0, 2, "-length"), sortable, Comparator.naturalOrder());
        assertEquals(List.of("dddd", "ccc"), first.items());
        assertEquals(5, first.total());
        assertEquals(List.of("bb", "ccc"), Paging.page(words, new PageRequest(1, 2, "length"), sortable,
                Comparator.naturalOrder()).items());
        Page<String> far = Paging.page(words, new PageRequest(PageParams.MAX_PAGE, PageRequest.MAX_SIZE, null), sortable,
                Comparator.naturalOrder());
        assertEquals(List.of(), far.items());
    }

    @Test
    void pageParamsRefuseOverflowNamingTheParameterAndRange() {
        PageParams params = new PageParams();
        params.setPage("99999999999");
        ValidationException page = assertThrows(ValidationException.class, params::toRequest);
        assertEquals("page", page.errors().get(0).field());
        assertTrue(page.errors().get(0).reason().contains("0 to " + PageParams.MAX_PAGE), page.getMessage());
        PageParams big = new PageParams();
        big.setSize("100000");
        assertEquals("size", assertThrows(ValidationException.class, big::toRequest).errors().get(0).field());
        PageParams fine = new PageParams();
        fine.setPage("2");
        fine.setSize("");
        assertEquals(new PageRequest(2, 50, null), fine.toRequest());
    }
}
