package app.mitra.products;

import java.time.LocalDate;

/**
 * One element on one day: µg taken (concentration × grams taken from each batch with a
 * certificate), the daily limit, their ratio, and whether every dose that day had a certificate
 * reporting this element ({@code complete}).
 */
public record ExposureDay(LocalDate date, Element element, double ugTaken, double limitUgPerDay, double ratio,
        boolean complete) {
}
