package app.mitra.journal;

import java.util.List;

/** What a dose would be once saved, its normalised figures and the findings it would raise; nothing stored. */
public record DosePreview(long materialMg, Long leafEquivalentMg, Double mitragynineMg, Double sevenOhMg,
        boolean approximate, List<DoseFinding> findings) {
}
