package io.wirewatch.processor.state;

import java.io.DataOutput;
import java.io.UTFDataFormatException;
import java.util.Arrays;

/**
 * {@link DataOutput} into a growing byte array, writing exactly what a {@link java.io.DataOutputStream}
 * writes. The stage serialises dozens of small state values per article; a DataOutputStream over a
 * ByteArrayOutputStream cost two streams per value and a temporary array per string.
 */
public final class CompactOutput implements DataOutput {

    private byte[] bytes;
    private int size;

    CompactOutput(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The bytes written so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private int reserve(int n) {
        if (bytes.length - size < n) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
        int at = size;
        size += n;
        return at;
    }

    @Override
    public void write(int b) {
        int at = reserve(1); // before the array is read: reserving may replace it
        bytes[at] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int at = reserve(len);
        System.arraycopy(b, off, bytes, at, len);
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        int at = reserve(2);
        bytes[at] = (byte) (v >>> 8);
        bytes[at + 1] = (byte) v;
    }

    @Override
    public void writeChar(int v) {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) {
        int at = reserve(4);
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    @Override
    public void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            write(s.charAt(i));
        }
    }

    @Override
    public void writeChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    /** Modified UTF-8, as {@link java.io.DataOutputStream#writeUTF}: NUL and characters beyond ASCII in two or three bytes. */
    @Override
    public void writeUTF(String s) throws UTFDataFormatException {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            length += c >= 1 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
        }
        if (length > 0xFFFF) {
            throw new UTFDataFormatException("encoded string too long: " + length + " bytes");
        }
        writeShort(length);
        int at = reserve(length);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 1 && c <= 0x7F) {
                bytes[at++] = (byte) c;
            } else if (c <= 0x7FF) {
                bytes[at++] = (byte) (0xC0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[at++] = (byte) (0xE0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }
}
