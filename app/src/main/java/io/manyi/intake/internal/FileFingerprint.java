package io.manyi.intake.internal;

import io.manyi.intake.ImportFailure;
import io.manyi.intake.Utf8Check;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file (what makes "the same file" for idempotency) and its encoding, found in
 * one pass over the bytes: UTF-8 when they are valid UTF-8, otherwise GB18030 (the superset of
 * GBK that Chinese exports use). The pass also warms the page cache for the import that follows.
 */
public record FileFingerprint(String sha256, Charset charset, long bytes) {

    /** GB18030 decodes every GBK file the same and also the characters GBK lacks. */
    public static final Charset GBK_FAMILY = Charset.forName("GB18030");

    public static FileFingerprint of(Path file, Charset forced) {
        MessageDigest digest = newDigest();
        Utf8Check utf8 = new Utf8Check();
        byte[] buf = new byte[1 << 20];
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            boolean first = true;
            while ((n = in.read(buf)) > 0) {
                if (first) {
                    refuseUtf16(file, buf, n);
                    first = false;
                }
                digest.update(buf, 0, n);
                if (forced == null) {
                    utf8.update(buf, 0, n);
                }
                total += n;
            }
        } catch (IOException e) {
            throw new ImportFailure("Could not read " + file + ": " + e.getMessage(), e);
        }
        Charset charset = forced != null ? forced : utf8.finish() ? StandardCharsets.UTF_8 : GBK_FAMILY;
        return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), charset, total);
    }

    private static void refuseUtf16(Path file, byte[] buf, int n) {
        if (n >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
            throw new ImportFailure(file.getFileName() + " is UTF-16 (\"Unicode text\"); save it as CSV in UTF-8 or GBK");
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
