package app.mitra.reports.internal.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code n} of many items in an order (problems by line), kept without keeping them all;
 * items that tie keep the order they came in.
 */
final class Lowest<T> {

    private record Kept<T>(T item, long seen) {
    }

    private final int n;
    private final Comparator<Kept<T>> order;
    private final PriorityQueue<Kept<T>> kept;
    private long seen;

    Lowest(int n, Comparator<T> order) {
        this.n = n;
        this.order = Comparator.<Kept<T>, T>comparing(Kept::item, order).thenComparingLong(Kept::seen);
        this.kept = new PriorityQueue<>(this.order.reversed());
    }

    void offer(T item) {
        Kept<T> next = new Kept<>(item, seen++);
        if (kept.size() < n) {
            kept.add(next);
        } else if (order.compare(next, kept.peek()) < 0) {
            kept.poll();
            kept.add(next);
        }
    }

    /** How many were offered. */
    long count() {
        return seen;
    }

    List<T> sorted() {
        List<Kept<T>> items = new ArrayList<>(kept);
        items.sort(order);
        return items.stream().map(Kept::item).toList();
    }
}
