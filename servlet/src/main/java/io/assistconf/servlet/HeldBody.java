package io.assistconf.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.Objects;

/** A body already in memory, as a servlet input stream: always ready, and read without blocking. */
final class HeldBody extends ServletInputStream {

    private final byte[] bytes;
    private int position;

    HeldBody(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (position >= bytes.length) {
            return -1;
        }
        int count = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return bytes.length - position;
    }

    @Override
    public boolean isFinished() {
        return position >= bytes.length;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    /** All the data is there: the listener hears of it at once, and of its end once it has read it. */
    @Override
    public void setReadListener(ReadListener listener) {
        Objects.requireNonNull(listener, "listener");
        try {
            if (!isFinished()) {
                listener.onDataAvailable();
            }
            if (isFinished()) {
                listener.onAllDataRead();
            }
        } catch (IOException e) {
            listener.onError(e);
        }
    }
}
