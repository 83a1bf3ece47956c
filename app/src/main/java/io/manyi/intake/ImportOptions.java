package io.manyi.intake;

import java.nio.charset.Charset;

/**
 * How to import: whether bad rows are skipped (and quarantined) instead of refusing the file,
 * the file's encoding (null: UTF-8 unless the bytes are not UTF-8, then GBK), who asks (for
 * the audit log) and who hears about progress.
 */
public record ImportOptions(boolean skipBad, Charset encoding, String actor, String requestId, ImportProgress progress) {

    public ImportOptions {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("An import needs an actor for the audit log");
        }
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public static ImportOptions by(String actor) {
        return new ImportOptions(false, null, actor, null, ImportProgress.NONE);
    }

    public ImportOptions skippingBadRows(boolean skip) {
        return new ImportOptions(skip, encoding, actor, requestId, progress);
    }

    public ImportOptions withEncoding(Charset charset) {
        return new ImportOptions(skipBad, charset, actor, requestId, progress);
    }

    public ImportOptions withProgress(ImportProgress listener) {
        return new ImportOptions(skipBad, encoding, actor, requestId, listener);
    }

    public ImportOptions withRequestId(String id) {
        return new ImportOptions(skipBad, encoding, actor, id, progress);
    }
}
