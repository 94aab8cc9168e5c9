package io.wirewatch.alerts.channel;

import java.util.ArrayList;
import java.util.List;

import io.wirewatch.alerts.payload.Marking;
import io.wirewatch.events.Alert;

/**
 * An alert written for people: one subject line and the same few lines as plain text, HTML and
 * Slack mrkdwn. Every text that comes from a feed is escaped for the format it goes into, so an
 * article title can neither inject markup nor a Slack mention.
 */
public final class AlertMessage {

    private static final java.time.format.DateTimeFormatter DIGEST_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT);

    private final Alert alert;

    public AlertMessage(Alert alert) {
        this.alert = alert;
    }

    /**
     * {@code [wirewatch] <headline>}: the story's headline, else the article's title, else the story id;
     * for a digest {@code [wirewatch] Digest, 3 stories: <first headline>}.
     */
    public String subject() {
        if (alert.digest() != null) {
            return "[wirewatch] Digest, " + stories() + ": " + headline();
        }
        return "[wirewatch] " + (alert.sequence() > 0 ? "Update: " : "") + headline();
    }

    /** Headline, link, story line, then each claim with its speaker; a digest has this for each of its stories. */
    public String plainText() {
        if (alert.digest() != null) {
            StringBuilder text = new StringBuilder(digestLine()).append("\n");
            items().forEach(item -> text.append("\n").append(item.plainText()));
            return text.toString();
        }
        List<String> lines = new ArrayList<>();
        lines.add(headline());
        String link = link();
        if (link != null) {
            lines.add(link);
        }
        lines.add("");
        if (alert.changes() != null) {
            lines.add("Update: " + alert.changes());
        }
        lines.add(storyLine());
        for (Alert.ClaimRef claim : claims()) {
            lines.add("");
            lines.add(claim.text());
            lines.add(attribution(claim));
        }
        if (alert.storyUrl() != null) {
            lines.add("");
            lines.add("Story: " + alert.storyUrl());
        }
        return String.join("\n", lines) + "\n";
    }

    /** The same as a small HTML document, every feed text escaped, matched words in {@code <strong>}. */
    public String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        if (alert.digest() != null) {
            html.append("<p>").append(escapeHtml(digestLine())).append("</p>");
            items().forEach(item -> item.htmlBody(html.append("<hr>")));
        } else {
            htmlBody(html);
        }
        return html.append("</body></html>").toString();
    }

    private void htmlBody(StringBuilder html) {
        String link = link();
        html.append("<h2>");
        if (link != null) {
            html.append("<a href=\"").append(escapeHtml(link)).append("\">").append(escapeHtml(headline())).append("</a>");
        } else {
            html.append(escapeHtml(headline()));
        }
        html.append("</h2>");
        if (alert.changes() != null) {
            html.append("<p><b>Update: ").append(escapeHtml(alert.changes())).append("</b></p>");
        }
        html.append("<p>").append(escapeHtml(storyLine())).append("</p>");
        for (Alert.ClaimRef claim : claims()) {
            html.append("<blockquote>").append(Marking.wrap(claim.text(), claim.highlights(), AlertMessage::escapeHtml, "<strong>", "</strong>"))
                    .append("</blockquote><p>").append(escapeHtml(attribution(claim))).append("</p>");
        }
        if (alert.storyUrl() != null) {
            html.append("<p><a href=\"").append(escapeHtml(alert.storyUrl())).append("\">Story on the dashboard</a></p>");
        }
    }

    /** Slack mrkdwn: the headline as a link, the story line, each claim quoted with matched words in bold. */
    public String slackText() {
        if (alert.digest() != null) {
            StringBuilder text = new StringBuilder("_").append(escapeSlack(digestLine())).append("_");
            items().forEach(item -> text.append("\n\n").append(item.slackText()));
            return text.toString();
        }
        StringBuilder text = new StringBuilder();
        String link = link();
        text.append('*');
        if (link != null) {
            text.append('<').append(escapeSlack(link)).append('|').append(escapeSlack(headline().replace('|', '/'))).append('>');
        } else {
            text.append(escapeSlack(headline()));
        }
        text.append("*\n");
        if (alert.changes() != null) {
            text.append("_Update: ").append(escapeSlack(alert.changes())).append("_\n");
        }
        text.append(escapeSlack(storyLine()));
        for (Alert.ClaimRef claim : claims()) {
            text.append("\n>").append(Marking.wrap(claim.text(), claim.highlights(), AlertMessage::escapeSlack, "*", "*"))
                    .append("\n").append(escapeSlack(attribution(claim)));
        }
        if (alert.storyUrl() != null) {
            text.append("\n<").append(escapeSlack(alert.storyUrl())).append("|Story on the dashboard>");
        }
        return text.toString();
    }

    /** "Daily digest: 3 stories since 2024-03-11 07:30 (Europe/Berlin), held for quiet hours". */
    private String digestLine() {
        Alert.Digest digest = alert.digest();
        String kind = switch (digest.mode()) {
            case "hourly" -> "Hourly digest";
            case "daily" -> "Daily digest";
            default -> "Held during quiet hours";
        };
        String since = DIGEST_TIME.format(digest.from().atZone(java.time.ZoneId.of(digest.timeZone())));
        String more = digest.moreStories() == 0 ? "" : " (and " + digest.moreStories() + " more not listed)";
        return kind + ": " + stories() + more + " since " + since + " (" + digest.timeZone() + ")"
                + (digest.quietHours() && !"immediate".equals(digest.mode()) ? ", held for quiet hours" : "");
    }

    private String stories() {
        int n = alert.digest().items().size();
        return n + (n == 1 ? " story" : " stories");
    }

    private List<AlertMessage> items() {
        return alert.digest().items().stream().map(AlertMessage::new).toList();
    }

    private String headline() {
        if (alert.story() != null && !alert.story().headline().isBlank()) {
            return alert.story().headline();
        }
        if (alert.article() != null && !alert.article().title().isBlank()) {
            return alert.article().title();
        }
        return "Story " + alert.storyId();
    }

    private String link() {
        if (alert.article() != null && alert.article().url() != null) {
            return alert.article().url();
        }
        return alert.storyUrl();
    }

    /** "5 articles from 3 outlets, first dpa-news.de: dpa-news.de 10:02 → dw.com 10:31". */
    private String storyLine() {
        Alert.StoryRef story = alert.story();
        if (story == null || story.articles() == 0) {
            return alert.article() == null ? "" : "Source: " + alert.article().outlet();
        }
        return story.articles() + (story.articles() == 1 ? " article" : " articles") + " from "
                + story.independentOutlets() + (story.independentOutlets() == 1 ? " outlet" : " outlets")
                + ", first " + story.firstOutlet() + ": " + story.lineageText();
    }

    private List<Alert.ClaimRef> claims() {
        if (!alert.claims().isEmpty()) {
            return alert.claims();
        }
        // A version 1 alert: its sentence and speaker only.
        return List.of(new Alert.ClaimRef(alert.claimId(), alert.text(), alert.speaker(), null, alert.rules(), List.of(), alert.text()));
    }

    private static String attribution(Alert.ClaimRef claim) {
        String who = claim.speaker() == null ? "unattributed" : claim.speaker();
        String rules = claim.rules().isEmpty() ? "" : " · rules: " + String.join(", ", claim.rules());
        return "\u2014 " + who + (claim.cue() == null ? "" : " (" + claim.cue() + ")") + rules;
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Slack's three control characters; they also stop {@code <!channel>} and {@code <@user>} mentions. */
    static String escapeSlack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
