package app.mitra.safety;

import java.util.List;

/**
 * The help resources for a person's country. {@code fallback} is true when Mitra has no verified
 * entry for their country: the resources are then another country's ({@code country}), to be shown
 * as such beside a line saying to look for local help.
 */
public record Help(String country, String countryName, boolean fallback, List<HelpResource> resources, String asOf) {

    public Help {
        resources = List.copyOf(resources);
    }
}
