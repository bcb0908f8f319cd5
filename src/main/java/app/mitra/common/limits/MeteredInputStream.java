package app.mitra.common.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read through it and refuses, with the given exception, to hand out more than a
 * ceiling: reading stops one byte past it, so a stream of exactly the ceiling passes and nothing
 * larger is ever read in full.
 */
public final class MeteredInputStream extends FilterInputStream {

    private long position;
    private long ceiling = Long.MAX_VALUE;
    private Supplier<? extends RuntimeException> over;

    public MeteredInputStream(InputStream in) {
        super(in);
    }

    public MeteredInputStream(InputStream in, long ceiling, Supplier<? extends RuntimeException> over) {
        super(in);
        ceiling(ceiling, over);
    }

    /** Bytes read so far. */
    public long position() {
        return position;
    }

    /** From now on, at most {@code more} further bytes. */
    public void ceiling(long more, Supplier<? extends RuntimeException> refusal) {
        this.ceiling = position + more < position ? Long.MAX_VALUE : position + more;
        this.over = refusal;
    }

    public void noCeiling() {
        this.ceiling = Long.MAX_VALUE;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, (int) Math.min(length, Math.max(1, room())));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, Math.max(1, room())));
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** How much may still be read, plus the one byte that shows the ceiling is passed. */
    private long room() {
        return ceiling == Long.MAX_VALUE ? Long.MAX_VALUE : ceiling - position + 1;
    }

    private void counted(long n) {
        position += n;
        if (position > ceiling) {
            throw over.get();
        }
    }
}
