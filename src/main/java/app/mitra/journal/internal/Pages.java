package app.mitra.journal.internal;

import java.util.HashMap;
import java.util.Map;

import app.mitra.common.web.ListQuery;

/** The shared shape of a newest-first page over (taken_at, id). */
final class Pages {

    private Pages() {
    }

    static String afterCursor(ListQuery query) {
        return query.cursor() == null ? ""
                : " and (taken_at < :cursorAt or (taken_at = :cursorAt and id < :cursorId))";
    }

    static Map<String, Object> params(ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", query.fromMillis());
        params.put("to", query.toMillisExclusive());
        params.put("limit", query.limit() + 1);
        if (query.cursor() != null) {
            params.put("cursorAt", query.cursor().epochMillis());
            params.put("cursorId", query.cursor().id().toString());
        }
        return params;
    }
}
