package app.mitra.legal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A cited source for a legal row. {@code date} may have reduced precision ({@code 2016-02}, {@code 2014});
 * {@code kind} says how much weight it carries (primary, news, secondary, vendor, aggregator_ai) and
 * {@code seen} how it was consulted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalSource(String title, String url, String date, String kind, String seen) {
}
