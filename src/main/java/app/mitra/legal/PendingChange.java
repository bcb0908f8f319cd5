package app.mitra.legal;

/** An announced change that is not in force yet; {@code expected} is free text ("2026-08 or later"). */
public record PendingChange(String expected, String what) {
}
