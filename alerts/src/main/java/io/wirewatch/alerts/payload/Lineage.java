package io.wirewatch.alerts.payload;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.wirewatch.events.Alert;

/** A story as an alert shows it: size, outlets, who had it first and who followed when. */
public final class Lineage {

    /** Members listed in an alert's lineage; the counts cover every member kept. */
    public static final int MAX_LINEAGE = 50;
    static final String ARROW = " → ";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Lineage() {
    }

    /**
     * The story part of an alert.
     *
     * @param storyId the story
     * @param members its members known to alerts; none when the claim came before its articles
     */
    public static Alert.StoryRef story(String storyId, StoryMembers members) {
        List<Member> all = members.members();
        if (all.isEmpty()) {
            return new Alert.StoryRef(storyId, "", 0, 0, null, List.of(), "");
        }
        Member first = all.get(0);
        Set<String> outlets = new LinkedHashSet<>();
        all.forEach(member -> outlets.add(member.article().outlet()));
        List<Alert.Copy> copies = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        LocalDate firstDay = LocalDate.ofInstant(first.at(), ZoneOffset.UTC);
        for (Member member : all.subList(0, Math.min(all.size(), MAX_LINEAGE))) {
            long delay = Math.max(0, Duration.between(first.at(), member.at()).toSeconds());
            copies.add(new Alert.Copy(member.article().id(), member.article().outlet(), member.at(), delay));
            if (!text.isEmpty()) {
                text.append(ARROW);
            }
            text.append(member.article().outlet()).append(' ').append(format(member.at(), firstDay));
        }
        return new Alert.StoryRef(storyId, first.article().title(), all.size(), outlets.size(),
                first.article().outlet(), copies, text.toString());
    }

    private static String format(Instant at, LocalDate firstDay) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).equals(firstDay) ? TIME.format(at) : DATE_TIME.format(at);
    }
}
