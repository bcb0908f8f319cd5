package app.mitra.safety.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.mitra.common.EditDistance;

/**
 * Finds the rulebook's names in one line of free text ("Percocet 10/325 every 6 hours"), built once
 * at start-up: every name, exclusion and known harmless name becomes a phrase of words, indexed by
 * its first word. Names match as whole words or phrases; the last word may carry a plural s; a
 * longer word not in the rulebook may be a small misspelling of a name's word (one typo from 6
 * letters, two from 10, same first letter, never for short names). An exclusion blocks a rule's
 * match only where the match lies inside the excluded phrase.
 */
public final class NameMatcher {

    /** Which fields a line came from: drug and substance rules read one, condition rules the other. */
    public enum Scope { DRUGS, CONDITIONS }

    /** A rule that fired on a line, and the canonical name it recognised. */
    public record Hit(Rule rule, String matched) {
    }

    /** What one line is: the rules it fires, and whether it names something known to raise nothing. */
    public record Line(List<Hit> hits, boolean known) {
    }

    private static final int KNOWN = -1;

    /** A name as words; {@code rule} is the rule's position, or {@link #KNOWN}. */
    private record Phrase(String[] words, int rule, boolean exclusion, String canonical) {
    }

    private record Span(int start, int end, Phrase phrase) {

        boolean inside(Span other) {
            return other.start <= start && end <= other.end;
        }
    }

    private final List<Rule> rules;
    private final Map<Scope, Map<String, List<Phrase>>> index = Map.of(Scope.DRUGS, new HashMap<>(),
            Scope.CONDITIONS, new HashMap<>());
    private final Set<String> vocabulary = new HashSet<>();
    private final Map<Character, List<String>> misspellable = new HashMap<>();

    public NameMatcher(Rulebook book) {
        this.rules = book.rules();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            Scope scope = rule.kind().readsConditions() ? Scope.CONDITIONS : Scope.DRUGS;
            for (Map.Entry<String, List<String>> name : rule.names().entrySet()) {
                add(scope, name.getKey(), new Phrase(null, r, false, name.getKey()));
                for (String alias : name.getValue()) {
                    add(scope, alias, new Phrase(null, r, false, name.getKey()));
                }
            }
            for (String exclusion : rule.exclusions()) {
                add(scope, exclusion, new Phrase(null, r, true, exclusion));
            }
        }
        addKnown(Scope.DRUGS, book.knownDrugs());
        addKnown(Scope.CONDITIONS, book.knownConditions());
        for (String word : vocabulary) {
            if (Words.tolerance(word) > 0 && Words.mayBeMisspelt(word)) {
                misspellable.computeIfAbsent(word.charAt(0), first -> new ArrayList<>()).add(word);
            }
        }
    }

    private void addKnown(Scope scope, Map<String, List<String>> known) {
        known.forEach((canonical, aliases) -> {
            add(scope, canonical, new Phrase(null, KNOWN, false, canonical));
            aliases.forEach(alias -> add(scope, alias, new Phrase(null, KNOWN, false, canonical)));
        });
    }

    private void add(Scope scope, String name, Phrase phrase) {
        String[] words = Words.of(name);
        if (words.length == 0) {
            return;
        }
        vocabulary.addAll(List.of(words));
        index.get(scope).computeIfAbsent(words[0], first -> new ArrayList<>())
                .add(new Phrase(words, phrase.rule(), phrase.exclusion(), phrase.canonical()));
    }

    /** The rules one line fires (one hit per rule, its longest match) and whether it names a known harmless thing. */
    public Line match(String line, Scope scope) {
        String[] words = Words.of(line);
        for (int i = 0; i < words.length; i++) {
            words[i] = recognise(words[i]);
        }
        Map<String, List<Phrase>> phrases = index.get(scope);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            collect(phrases.get(words[i]), words, i, spans);
            String word = words[i];
            if (word.length() > 3 && word.endsWith("s")) {
                collect(phrases.get(word.substring(0, word.length() - 1)), words, i, spans);
                if (word.endsWith("es")) {
                    collect(phrases.get(word.substring(0, word.length() - 2)), words, i, spans);
                }
            }
        }
        return line(spans);
    }

    private Line line(List<Span> spans) {
        Span[] best = new Span[rules.size()];
        boolean known = false;
        for (Span span : spans) {
            Phrase phrase = span.phrase();
            if (phrase.rule() == KNOWN) {
                known = true;
            } else if (!phrase.exclusion() && !excluded(span, spans)) {
                Span current = best[phrase.rule()];
                if (current == null || span.end() - span.start() > current.end() - current.start()) {
                    best[phrase.rule()] = span;
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int r = 0; r < best.length; r++) {
            if (best[r] != null) {
                hits.add(new Hit(rules.get(r), best[r].phrase().canonical()));
            }
        }
        return new Line(hits, known);
    }

    private static boolean excluded(Span match, List<Span> spans) {
        for (Span span : spans) {
            if (span.phrase().exclusion() && span.phrase().rule() == match.phrase().rule() && match.inside(span)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(List<Phrase> candidates, String[] words, int at, List<Span> spans) {
        if (candidates == null) {
            return;
        }
        for (Phrase phrase : candidates) {
            if (fits(phrase.words(), words, at)) {
                spans.add(new Span(at, at + phrase.words().length, phrase));
            }
        }
    }

    /** The phrase's words at this position; only the last may carry a plural s or es. */
    private static boolean fits(String[] phrase, String[] words, int at) {
        if (at + phrase.length > words.length) {
            return false;
        }
        int last = phrase.length - 1;
        for (int k = 0; k < last; k++) {
            if (!phrase[k].equals(words[at + k])) {
                return false;
            }
        }
        String word = words[at + last];
        String name = phrase[last];
        return word.equals(name) || (word.length() == name.length() + 1 && word.endsWith("s") && word.startsWith(name))
                || (word.length() == name.length() + 2 && word.endsWith("es") && word.startsWith(name));
    }

    /** The word itself when the rulebook knows it; otherwise the one name word it is a small misspelling of. */
    private String recognise(String word) {
        if (vocabulary.contains(word) || !Words.mayBeMisspelt(word)) {
            return word;
        }
        String near = nearest(word);
        if (near == null && word.endsWith("s")) {
            String singular = nearest(word.substring(0, word.length() - 1));
            return singular == null ? word : singular + "s";
        }
        return near == null ? word : near;
    }

    /** The closest name word within its tolerance, or null when there is none or two are equally close. */
    private String nearest(String word) {
        List<String> candidates = misspellable.get(word.charAt(0));
        if (candidates == null) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : candidates) {
            int tolerance = Words.tolerance(candidate);
            if (Math.abs(candidate.length() - word.length()) > tolerance) {
                continue;
            }
            int distance = EditDistance.within(word, candidate, tolerance);
            if (distance <= tolerance) {
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                    tie = false;
                } else if (distance == bestDistance) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }
}
