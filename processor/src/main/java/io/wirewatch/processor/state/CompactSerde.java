package io.wirewatch.processor.state;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.wirewatch.events.JsonSerde;

/**
 * A serde for one internal state type: a {@link #FORMAT} byte, then the fields as the type's
 * {@link Writer} puts them. Never used on public topics, whose contract is JSON.
 *
 * <p>State written by earlier versions is JSON, which always starts with {@code '{'}; such a value is
 * still read (through {@link JsonSerde}, or a given reader when the earlier JSON was of another type)
 * so that a changelog restored after an upgrade loses nothing, and it is rewritten compactly the next
 * time it changes.
 */
public final class CompactSerde<T> implements Serde<T> {

    /** The format byte of this encoding; distinct from {@code '{'}, the first byte of legacy JSON. */
    static final byte FORMAT = 1;
    private static final byte JSON_START = '{';

    /** Writes the fields of a value. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, DataOutput out) throws IOException;
    }

    /** Reads the fields of a value, in the order its {@link Writer} wrote them. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(CompactInput in) throws IOException;
    }

    private final Class<T> type;
    private final Writer<T> writer;
    private final Reader<T> reader;
    private final Deserializer<T> legacy;

    private CompactSerde(Class<T> type, Writer<T> writer, Reader<T> reader, Deserializer<T> legacy) {
        this.type = type;
        this.writer = writer;
        this.reader = reader;
        this.legacy = legacy;
    }

    public static <T> CompactSerde<T> of(Class<T> type, Writer<T> writer, Reader<T> reader) {
        return new CompactSerde<>(type, writer, reader, JsonSerde.of(type).deserializer());
    }

    /** With the reader of what earlier versions stored as JSON, when that was not a {@code type} in JSON. */
    public static <T> CompactSerde<T> of(Class<T> type, Writer<T> writer, Reader<T> reader, Deserializer<T> legacyJson) {
        return new CompactSerde<>(type, writer, reader, legacyJson);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : toBytes(topic, value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> data == null ? null : fromBytes(topic, data);
    }

    private byte[] toBytes(String topic, T value) {
        CompactOutput out = new CompactOutput(128);
        try {
            out.writeByte(FORMAT);
            writer.write(value, out);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " to " + topic, e);
        }
        return out.toByteArray();
    }

    private T fromBytes(String topic, byte[] data) {
        if (data.length > 0 && data[0] == JSON_START) {
            return legacy.deserialize(topic, data);
        }
        if (data.length == 0 || data[0] != FORMAT) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic + ": unknown format byte "
                    + (data.length == 0 ? "(empty value)" : Byte.toString(data[0])));
        }
        try {
            return reader.read(new CompactInput(data, 1, data.length));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic + ": " + e.getMessage(), e);
        }
    }

    /** A nullable string: a presence flag, then the modified UTF-8 of {@link java.io.DataOutputStream#writeUTF}. */
    public static void writeString(String value, DataOutput out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    public static String readString(CompactInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** A list of non-null strings: its size, then each string. */
    public static void writeStrings(List<String> values, DataOutput out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    public static List<String> readStrings(CompactInput in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("impossible list size " + size);
        }
        // not sized by the count alone: a corrupt count must fail on the data, not allocate gigabytes
        List<String> values = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    /**
     * A non-null text of any length: its UTF-8 byte count, then the bytes. For what comes from article
     * text (titles, quoted words), where {@link java.io.DataOutputStream#writeUTF}'s 65,535-byte limit would turn
     * one odd article into a record that cannot be written.
     */
    public static void writeText(String value, DataOutput out) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    public static String readText(CompactInput in) throws IOException {
        return in.readUtf8(in.readInt());
    }

    /** A list of non-null texts of any length: its size, then each as {@link #writeText}. */
    public static void writeTexts(List<String> values, DataOutput out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeText(value, out);
        }
    }

    public static List<String> readTexts(CompactInput in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("impossible list size " + size);
        }
        List<String> values = new ArrayList<>(Math.min(size, 1024)); // see readStrings
        for (int i = 0; i < size; i++) {
            values.add(readText(in));
        }
        return values;
    }

    /** A nullable instant: a presence flag, then epoch second and nano. */
    public static void writeInstant(Instant instant, DataOutput out) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    public static Instant readInstant(CompactInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    /** A nullable text of any length: a presence flag, then as {@link #writeText}. */
    public static void writeNullableText(String value, DataOutput out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeText(value, out);
        }
    }

    public static String readNullableText(CompactInput in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }

    /** A long array as its length and raw 8-byte values: a shingle costs 8 bytes, not ~20 as a JSON number. */
    public static void writeLongs(long[] values, DataOutput out) throws IOException {
        out.writeInt(values.length);
        // One bulk copy: writeLong per value costs eight single-byte writes each.
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
        bytes.asLongBuffer().put(values);
        out.write(bytes.array());
    }

    public static long[] readLongs(CompactInput in) throws IOException {
        // Read in one copy: a candidate's shingles are read for every verification, and readLong per
        // value was the costliest step of copy detection.
        return in.readLongs(in.readInt());
    }
}
