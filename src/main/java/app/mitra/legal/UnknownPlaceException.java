package app.mitra.legal;

import java.util.List;

/** No place in the data matches the text; {@code suggestions} are the nearest names Mitra knows. */
public class UnknownPlaceException extends RuntimeException {

    private final transient List<String> suggestions;

    public UnknownPlaceException(String place, List<String> suggestions) {
        super("No place called \"" + place + "\" is in Mitra's legal data.");
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
