package dev.handbook.search;

import java.util.Arrays;

/** A growable array of ASCII bytes, for index files: they are ASCII by design, so a char is a byte. */
final class AsciiBuffer {
    private byte[] bytes;
    private int length;

    AsciiBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int length() {
        return length;
    }

    AsciiBuffer append(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    AsciiBuffer append(CharSequence ascii) {
        room(ascii.length());
        for (int i = 0; i < ascii.length(); i++) bytes[length++] = (byte) ascii.charAt(i);
        return this;
    }

    AsciiBuffer append(byte[] source, int from, int count) {
        room(count);
        System.arraycopy(source, from, bytes, length, count);
        length += count;
        return this;
    }

    AsciiBuffer append(byte[] source) {
        return append(source, 0, source.length);
    }

    /** A whole number in decimal, as {@code StringBuilder.append(int)} writes it. */
    AsciiBuffer append(int number) {
        if (number < 0) {
            if (number == Integer.MIN_VALUE) return append(Integer.toString(number));
            append('-');
            number = -number;
        }
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) digits++;
        room(digits);
        for (int at = length + digits - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + number % 10);
            number /= 10;
        }
        length += digits;
        return this;
    }

    /** The buffer's own array, filled up to {@link #length()}, for copying from without a copy. */
    byte[] array() {
        return bytes;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
    }
}
