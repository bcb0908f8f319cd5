package app.mitra.safety;

/**
 * A place to turn to for help: a phone line (and a text line where there is one), what it offers,
 * when it answers, whether it is for a crisis, with its source and the date it was checked.
 */
public record HelpResource(String id, String name, String contact, String dial, String text, String description,
        String hours, boolean crisis, Source source, String asOf) {
}
