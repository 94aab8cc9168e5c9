package io.wirewatch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;

import io.wirewatch.ingest.feed.FeedEntry;

/** The feed-parsing figures of one corpus folder, added up file by file. Not thread-safe. */
final class FeedFolderScore {

    private final String folder;
    private int files;
    private int parsed;
    private int repaired;
    private int cleanErrors;
    private int uncaught;
    private int entries;
    private int entriesWithText;
    private int filesWithEntries;
    private int filesWithArticles;
    private int expectations;
    private int expectationsMapped;
    private int expectationsMet;
    private int pathChecks;
    private int pathChecksMet;
    private final List<String> uncaughtFiles = new ArrayList<>();
    private final List<String> unmetFiles = new ArrayList<>();

    FeedFolderScore(String folder) {
        this.folder = folder;
    }

    String folder() {
        return folder;
    }

    void add(String file, FeedOutcome outcome, FeedTestHeader header, List<FeedPathConvention.Check> checks) {
        files++;
        if (outcome.uncaught() != null) {
            uncaught++;
            uncaughtFiles.add(file + ": " + outcome.uncaught());
        } else if (outcome.cleanError() != null) {
            cleanErrors++;
        } else {
            parsed++;
            repaired += outcome.feed().repaired() ? 1 : 0;
            for (FeedEntry entry : outcome.feed().entries()) {
                entries++;
                entriesWithText += hasText(entry) ? 1 : 0;
            }
            filesWithEntries += outcome.feed().entries().isEmpty() ? 0 : 1;
            filesWithArticles += outcome.articles() > 0 ? 1 : 0;
        }
        if (header.expect() != null) {
            expectations++;
            FeedExpectation.parse(header.expect()).ifPresent(expectation -> {
                expectationsMapped++;
                if (expectation.metBy(outcome)) {
                    expectationsMet++;
                } else {
                    unmetFiles.add(file + ": " + header.expect() + describe(outcome));
                }
            });
        }
        for (FeedPathConvention.Check check : checks) {
            pathChecks++;
            if (check.metBy(outcome)) {
                pathChecksMet++;
            } else {
                unmetFiles.add(file + ": " + check + describe(outcome));
            }
        }
    }

    int uncaught() {
        return uncaught;
    }

    List<String> uncaughtFiles() {
        return List.copyOf(uncaughtFiles);
    }

    List<String> unmetFiles() {
        return List.copyOf(unmetFiles);
    }

    /** Field order is the JSON order. */
    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("folder", folder);
        figures.put("files", files);
        figures.put("parsed", parsed);
        figures.put("repaired", repaired);
        figures.put("cleanErrors", cleanErrors);
        figures.put("uncaught", uncaught);
        figures.put("entries", entries);
        figures.put("entriesWithText", entriesWithText);
        figures.put("filesWithEntries", filesWithEntries);
        figures.put("filesWithArticles", filesWithArticles);
        figures.put("expectations", expectations);
        figures.put("expectationsMapped", expectationsMapped);
        figures.put("expectationsMet", expectationsMet);
        figures.put("expectationsMetShare", share(expectationsMet, expectationsMapped));
        figures.put("pathChecks", pathChecks);
        figures.put("pathChecksMet", pathChecksMet);
        figures.put("pathChecksMetShare", share(pathChecksMet, pathChecks));
        return figures;
    }

    String humanLine() {
        return String.format("%-24s %6d %7d %8d %7d %8d %8d %8d %9d %10d   %s   %s", folder, files, parsed, repaired, cleanErrors,
                uncaught, entries, entriesWithText, filesWithEntries, filesWithArticles,
                ratio(expectationsMet, expectationsMapped) + " of " + expectations + " expects mapped",
                ratio(pathChecksMet, pathChecks));
    }

    static String humanHeading() {
        return String.format("%-24s %6s %7s %8s %7s %8s %8s %8s %9s %10s   %s   %s", "folder", "files", "parsed", "repaired",
                "errors", "uncaught", "entries", "w/text", "f/entries", "f/articles", "expectations met", "path checks met");
    }

    private static boolean hasText(FeedEntry entry) {
        for (String html : new String[] {entry.content(), entry.summary()}) {
            if (html != null && !Jsoup.parse(html).text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Double share(int met, int of) {
        return of == 0 ? null : Math.round(1000.0 * met / of) / 1000.0;
    }

    private static String ratio(int met, int of) {
        return of == 0 ? "-" : String.format("%d/%d (%.1f%%)", met, of, 100.0 * met / of);
    }

    private static String describe(FeedOutcome outcome) {
        if (outcome.feed() == null) {
            return " [not parsed: " + (outcome.cleanError() != null ? outcome.cleanError() : outcome.uncaught()) + "]";
        }
        var feed = outcome.feed();
        String first = feed.entries().isEmpty() ? "no entries"
                : "entry0 title=" + feed.entries().get(0).title() + " link=" + feed.entries().get(0).link();
        return " [got title=" + feed.title() + ", " + first + ", repairs=" + feed.repairs() + "]";
    }
}
