package app.mitra.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import app.mitra.insights.ToleranceAssessed;
import app.mitra.safety.StoredFinding.Origin;
import app.mitra.safety.internal.DependenceBook;
import app.mitra.safety.internal.JournalDays;
import app.mitra.safety.internal.UsePattern;

/**
 * Dependence signals drawn from the journal: how often kratom is used, whether doses a day or the
 * daily amount are rising, and whether withdrawal totals are rising; and the tolerance insights
 * signals (relief per amount falling, or daily totals rising). Thresholds, texts and sources
 * come from {@code safety/dependence.json}; findings are stored as pattern findings, replacing the
 * previous ones, so evaluating twice changes nothing.
 */
@Service
public class DependenceSignals {

    private final DependenceBook book = DependenceBook.load();
    private final JournalDays journal;
    private final Findings findings;

    DependenceSignals(JournalDays journal, Findings findings) {
        this.journal = journal;
        this.findings = findings;
    }

    /**
     * Recomputes the signals from the journal, stores them, and answers the stored pattern findings.
     * The tolerance finding comes from insights' last assessment and is kept as it is.
     */
    public List<StoredFinding> evaluate(UUID userId) {
        UsePattern pattern = journal.pattern(userId, LocalDate.now(journal.zone(userId)), book.lookBackDays());
        List<Finding> found = new ArrayList<>(book.evaluate(pattern));
        found.addAll(stored(userId, true));
        return store(userId, found);
    }

    /** Stores or clears the tolerance finding as insights assessed it; the other signals stay as they are. */
    public List<StoredFinding> tolerance(ToleranceAssessed assessed) {
        List<Finding> found = new ArrayList<>(stored(assessed.userId(), false));
        if (assessed.signalled()) {
            found.add(book.tolerance(assessed.days(), assessed.pairs()));
        }
        return store(assessed.userId(), found);
    }

    private List<Finding> stored(UUID userId, boolean tolerance) {
        return current(userId).stream().map(StoredFinding::finding)
                .filter(f -> book.tolerance().id().equals(f.ruleId()) == tolerance).toList();
    }

    private List<StoredFinding> store(UUID userId, List<Finding> found) {
        // A dose is logged many times a day; an unchanged picture needs no write.
        Set<Finding> stored = current(userId).stream().map(StoredFinding::finding).collect(Collectors.toSet());
        if (!Set.copyOf(found).equals(stored)) {
            findings.replace(userId, Origin.PATTERN, found);
        }
        return current(userId);
    }

    /** The stored pattern findings, strongest first. */
    public List<StoredFinding> current(UUID userId) {
        return findings.current(userId).stream().filter(f -> f.origin() == Origin.PATTERN).toList();
    }

    public String version() {
        return book.version();
    }
}
