package app.mitra.common.limits;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The characters of a CSV file as they arrive: a line longer than {@link Limits#lineChars()} is
 * refused the moment it passes the limit, wherever the parser has got to. A row whose quoted values
 * hold line breaks is bounded too ({@link #row()}), a little more loosely, since the parser reads ahead.
 */
final class LineGuard extends FilterReader {

    /** How far a CSV parser reads ahead of the row it is parsing (commons-csv's buffer), and a line break. */
    private static final int READ_AHEAD = 8192 + 2;

    private final Limits limits;
    private long position;
    private long line = 1;
    private long lineLength;
    private boolean afterCarriageReturn;
    private long rowCeiling = Long.MAX_VALUE;

    LineGuard(Reader in, Limits limits) {
        super(in);
        this.limits = limits;
    }

    /** A row starts: it may take the line limit from here, and what the parser has read ahead of it. */
    void row() {
        rowCeiling = position + limits.lineChars() + READ_AHEAD;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n' || c == '\r') {
                if (!(c == '\n' && afterCarriageReturn)) {
                    line++;
                }
                lineLength = 0;
                afterCarriageReturn = c == '\r';
            } else {
                afterCarriageReturn = false;
                if (++lineLength > limits.lineChars()) {
                    throw LimitExceededException.line(limits, line);
                }
            }
        }
        if (n > 0) {
            position += n;
            if (position > rowCeiling) {
                throw LimitExceededException.line(limits, line);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] skipped = new char[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
