package io.wirewatch.processor.state;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@link DataInput} over a byte array, reading what a {@link java.io.DataOutputStream} wrote. Copy
 * detection deserialises dozens of small state values per article; a {@link DataInputStream} over a
 * {@link ByteArrayInputStream} allocated three buffers and two streams for each of them, and decoded
 * every string character by character. Here a value costs one object, and an ASCII string (ids,
 * hashes) is one copy.
 */
public final class CompactInput implements DataInput {

    private final byte[] data;
    private int position;
    private final int end;

    CompactInput(byte[] data, int offset, int end) {
        this.data = data;
        this.position = offset;
        this.end = end;
    }

    /** Whether every byte has been read: a record of an earlier format may end before a later field. */
    public boolean atEnd() {
        return position >= end;
    }

    private int take(int n) throws EOFException {
        if (n < 0 || end - position < n) {
            throw new EOFException("needs " + n + " more bytes, " + (end - position) + " left");
        }
        int at = position;
        position += n;
        return at;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        System.arraycopy(data, take(len), b, off, len);
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return data[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return data[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return data[take(1)] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        int at = take(2);
        return (short) ((data[at] & 0xff) << 8 | data[at + 1] & 0xff);
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xffff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        int at = take(4);
        return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** {@code length} raw bytes; a length beyond the data is an error before anything is allocated. */
    public byte[] readBytes(int length) throws IOException {
        int at = take(length);
        return Arrays.copyOfRange(data, at, at + length);
    }

    /** {@code count} longs in one bulk copy, as {@link CompactSerde#writeLongs} wrote them. */
    long[] readLongs(int count) throws IOException {
        if (count < 0 || count > (end - position) / Long.BYTES) {
            throw new EOFException("expected " + count + " longs, found " + (end - position) + " bytes");
        }
        long[] values = new long[count];
        ByteBuffer.wrap(data, take(count * Long.BYTES), count * Long.BYTES).asLongBuffer().get(values);
        return values;
    }

    /** {@code length} bytes of standard UTF-8, as {@link CompactSerde#writeText} wrote them. */
    String readUtf8(int length) throws IOException {
        return new String(data, take(length), length, StandardCharsets.UTF_8);
    }

    @Override
    public String readLine() {
        throw new UnsupportedOperationException("compact state has no lines");
    }

    @Override
    public String readUTF() throws IOException {
        int length = readUnsignedShort();
        int at = take(length);
        for (int i = at; i < at + length; i++) {
            if (data[i] < 0) {
                // beyond ASCII (or an encoded NUL): modified UTF-8, left to the JDK's decoder
                return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(data, at - 2, length + 2)));
            }
        }
        return new String(data, at, length, StandardCharsets.ISO_8859_1);
    }
}
