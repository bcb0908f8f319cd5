package app.mitra.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HTTP/1.1 request on a plain socket, for bodies a server should refuse before it has them: the
 * body is sent on its own thread (a write the server no longer reads just stops it), while the answer
 * is read as soon as it comes, which ordinary clients do not do until they have sent everything.
 */
public final class RawUpload {

    /** The answer, and how many bytes of the body had been sent when it came. */
    public record Answer(int status, String head, String body, long sentBeforeAnswer) {

        public boolean isProblem() {
            return head.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json");
        }
    }

    private RawUpload() {
    }

    /**
     * Posts {@code body} ({@code length} bytes, or chunked when negative) with the given content type
     * and bearer token.
     */
    public static Answer post(int port, String path, String token, String contentType, InputStream body, long length) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + contentType
                    + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + (length >= 0 ? "Content-Length: " + length : "Transfer-Encoding: chunked")
                    + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> send(out, body, length < 0, sent));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            long sentBeforeAnswer = sent.get();
            StringBuilder headers = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.append(line).append('\n');
            }
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    text.append(buffer, 0, n);
                }
            } catch (IOException reset) {
                // the server closes a connection whose body it will not read; the answer is complete
            }
            sending.cancel(true);
            return new Answer(Integer.parseInt(status.split(" ")[1]), headers.toString(), unchunked(headers, text),
                    sentBeforeAnswer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(OutputStream out, InputStream body, boolean chunked, AtomicLong sent) {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(buffer, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(n);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException stopped) {
            // the server stopped reading: that is what is being tested
        }
    }

    /** The body of a chunked answer without its chunk sizes (answers here are small and JSON). */
    private static String unchunked(StringBuilder headers, StringBuilder text) {
        if (!headers.toString().toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            return text.toString();
        }
        StringBuilder body = new StringBuilder();
        String rest = text.toString();
        while (!rest.isEmpty()) {
            int end = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, end).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(rest, end + 2, end + 2 + size);
            rest = rest.substring(end + 2 + size + 2);
        }
        return body.toString();
    }
}
