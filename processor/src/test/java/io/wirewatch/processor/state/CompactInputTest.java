package io.wirewatch.processor.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link CompactInput} must read exactly what {@link DataOutputStream} wrote, as DataInputStream did. */
class CompactInputTest {

    @Test
    void readsEveryTypeDataOutputStreamWrites() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBoolean(true);
            out.writeByte(-3);
            out.writeShort(-12345);
            out.writeChar('ß');
            out.writeInt(Integer.MIN_VALUE);
            out.writeLong(-7_000_000_000_123L);
            out.writeDouble(0.83);
            out.writeFloat(1.5f);
            out.writeUTF("a1b2c3d4e5f60718");
            out.writeUTF("Zürich „Straße“ «Grüße» \u0000 𝔘");
            out.writeUTF("");
            CompactSerde.writeLongs(new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}, out);
        }
        byte[] data = bytes.toByteArray();
        CompactInput in = new CompactInput(data, 0, data.length);

        assertThat(in.readBoolean()).isTrue();
        assertThat(in.readByte()).isEqualTo((byte) -3);
        assertThat(in.readShort()).isEqualTo((short) -12345);
        assertThat(in.readChar()).isEqualTo('ß');
        assertThat(in.readInt()).isEqualTo(Integer.MIN_VALUE);
        assertThat(in.readLong()).isEqualTo(-7_000_000_000_123L);
        assertThat(in.readDouble()).isEqualTo(0.83);
        assertThat(in.readFloat()).isEqualTo(1.5f);
        assertThat(in.readUTF()).isEqualTo("a1b2c3d4e5f60718");
        assertThat(in.readUTF()).isEqualTo("Zürich „Straße“ «Grüße» \u0000 𝔘");
        assertThat(in.readUTF()).isEmpty();
        assertThat(CompactSerde.readLongs(in)).containsExactly(Long.MIN_VALUE, -1, 0, Long.MAX_VALUE);
        assertThat(in.skipBytes(1)).isZero();
    }

    /** {@link CompactOutput} must write byte for byte what DataOutputStream writes, as stored state was written by it. */
    @Test
    void compactOutputWritesWhatDataOutputStreamWrites() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        CompactOutput actual = new CompactOutput(1);
        try (DataOutputStream out = new DataOutputStream(expected)) {
            for (java.io.DataOutput each : List.of(out, actual)) {
                each.writeBoolean(false);
                each.writeByte(200);
                each.writeShort(-2);
                each.writeChar('€');
                each.writeInt(123_456_789);
                each.writeLong(Long.MIN_VALUE + 5);
                each.writeFloat(-0.5f);
                each.writeDouble(Math.PI);
                each.writeUTF("ascii-id-0123");
                each.writeUTF("Zürich „Straße“ \u0000 𝔘 " + "€".repeat(300));
                each.writeBytes("Bytes");
                each.writeChars("Chars");
                each.write(new byte[] {1, 2, 3}, 1, 2);
                // every size, so that each kind of write is the one that grows the buffer at some point
                for (int i = 0; i < 300; i++) {
                    each.write(i);
                    each.write(new byte[] {(byte) i, 7, 9}, 0, i % 4);
                }
            }
        }

        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
        assertThatThrownBy(() -> actual.writeUTF("€".repeat(30_000))).isInstanceOf(java.io.UTFDataFormatException.class);
    }

    @Test
    void truncatedDataIsAnEndOfFileNotGarbage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("article-1");
            out.writeInt(1000);
            out.writeLong(1);
        }
        byte[] data = bytes.toByteArray();
        CompactInput in = new CompactInput(data, 0, data.length - 1);

        assertThat(in.readUTF()).isEqualTo("article-1");
        assertThatThrownBy(() -> CompactSerde.readLongs(in)).isInstanceOf(EOFException.class).hasMessageContaining("1000 longs");
        assertThat(new CompactInput(data, 0, data.length).readBytes(2)).containsExactly(0, 9);
        assertThatThrownBy(() -> new CompactInput(data, 0, data.length).readBytes(Integer.MAX_VALUE)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> new CompactInput(data, 0, data.length).readBytes(-1)).isInstanceOf(EOFException.class);
    }
}
