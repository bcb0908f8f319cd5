package app.mitra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;

/** Follows a repository's cursor pages to the end, checking that no page is longer than asked. */
public final class PageWalk {

    private PageWalk() {
    }

    public static <T> List<T> all(int limit, Function<ListQuery, List<T>> fetch, Function<T, Cursor> position) {
        List<T> seen = new ArrayList<>();
        String cursor = null;
        do {
            ListQuery query = ListQuery.parse(null, null, limit, cursor, ZoneOffset.UTC);
            Page<T> page = query.page(fetch.apply(query), position);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return seen;
    }
}
