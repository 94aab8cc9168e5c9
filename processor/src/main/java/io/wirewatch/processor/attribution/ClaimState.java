package io.wirewatch.processor.attribution;

import static io.wirewatch.processor.state.CompactSerde.readNullableText;
import static io.wirewatch.processor.state.CompactSerde.readStrings;
import static io.wirewatch.processor.state.CompactSerde.readText;
import static io.wirewatch.processor.state.CompactSerde.writeNullableText;
import static io.wirewatch.processor.state.CompactSerde.writeStrings;
import static io.wirewatch.processor.state.CompactSerde.writeText;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.wirewatch.events.Claim;
import io.wirewatch.processor.state.CompactInput;
import io.wirewatch.processor.state.CompactSerde;

/**
 * A claim as stored by {@link ClaimAttributionProcessor}, with the record time of its latest sighting so
 * that claims of stories beyond the story window can be forgotten.
 */
public record ClaimState(Claim claim, long lastSeenMs) {

    /**
     * The store's encoding: compact, because each claim task reads every stored claim at each eviction
     * (parsing them as JSON was a twentieth of the stream threads' time, see docs/profile.md). Claims
     * stored as JSON by earlier versions are still read, and so are compact claims of earlier builds: those
     * of builds from before claims carried their sources end after the language and read with {@code sources}
     * null; those from before the list was capped end after the sources and list every article, so they read
     * with the list's size as {@code articleCount}.
     */
    static CompactSerde<ClaimState> serde() {
        return CompactSerde.of(ClaimState.class, ClaimState::write, ClaimState::read);
    }

    private static void write(ClaimState state, DataOutput out) throws IOException {
        out.writeLong(state.lastSeenMs());
        Claim claim = state.claim();
        out.writeInt(claim.schemaVersion());
        writeText(claim.id(), out);
        writeNullableText(claim.articleId(), out);
        writeStrings(claim.articleIds(), out);
        writeNullableText(claim.storyId(), out);
        writeNullableText(claim.text(), out);
        writeNullableText(claim.speaker(), out);
        writeNullableText(claim.cue(), out);
        out.writeBoolean(claim.direct());
        out.writeBoolean(claim.hedged());
        writeStrings(claim.rules(), out);
        out.writeInt(claim.start());
        out.writeInt(claim.end());
        out.writeInt(claim.highlights().size());
        for (Claim.Span span : claim.highlights()) {
            out.writeInt(span.start());
            out.writeInt(span.end());
        }
        writeNullableText(claim.language(), out);
        out.writeBoolean(claim.sources() != null);
        if (claim.sources() != null) {
            writeStrings(claim.sources(), out);
        }
        // Appended with the capped list: a record written before ends above, and lists every article.
        out.writeInt(claim.articleCount());
    }

    private static ClaimState read(CompactInput in) throws IOException {
        long lastSeenMs = in.readLong();
        int schemaVersion = in.readInt();
        String id = readText(in);
        String articleId = readNullableText(in);
        List<String> articleIds = readStrings(in);
        String storyId = readNullableText(in);
        String text = readNullableText(in);
        String speaker = readNullableText(in);
        String cue = readNullableText(in);
        boolean direct = in.readBoolean();
        boolean hedged = in.readBoolean();
        List<String> rules = readStrings(in);
        int start = in.readInt();
        int end = in.readInt();
        int spans = in.readInt();
        if (spans < 0) {
            throw new IOException("impossible number of highlights " + spans);
        }
        List<Claim.Span> highlights = new ArrayList<>(Math.min(spans, 1024)); // a corrupt count fails on the data
        for (int i = 0; i < spans; i++) {
            highlights.add(new Claim.Span(in.readInt(), in.readInt()));
        }
        String language = readNullableText(in);
        List<String> sources = !in.atEnd() && in.readBoolean() ? readStrings(in) : null;
        int articleCount = in.atEnd() ? articleIds.size() : in.readInt();
        Claim claim = new Claim(schemaVersion, id, articleId, articleIds, articleCount, storyId, text, speaker, cue, direct, hedged,
                rules, start, end, highlights, language, sources);
        return new ClaimState(claim, lastSeenMs);
    }
}
