package io.manyi.intake;

/** Hears how far the reading of a file has come, every few thousand rows. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rows -> {
    };

    /** A file starts (a file read twice, as when it turns out to need an upsert, starts twice). */
    default void starting(String fileName) {
    }

    void rowsRead(long rows);

    default void finished() {
    }
}
