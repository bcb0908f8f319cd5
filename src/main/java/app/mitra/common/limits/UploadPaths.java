package app.mitra.common.limits;

import java.util.List;

/**
 * Request paths whose body is a file (as it is, or as a multipart upload) and the limit it takes
 * instead of {@link Limit#JSON_BYTES}; a module declares its own as a bean. Patterns are Spring's
 * path patterns ({@code /api/v1/products/*}{@code /batches/import}).
 */
public record UploadPaths(Limit limit, List<String> patterns) {

    public UploadPaths {
        patterns = List.copyOf(patterns);
    }

    public static UploadPaths of(Limit limit, String... patterns) {
        return new UploadPaths(limit, List.of(patterns));
    }
}
