package app.mitra.common.web;

import java.util.List;

/** One page of a list, newest first, and the opaque cursor of the next page (null at the end). */
public record Page<T>(List<T> items, String nextCursor) {
}
