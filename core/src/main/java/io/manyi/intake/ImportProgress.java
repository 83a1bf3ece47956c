package io.manyi.intake;

/** Hears how far the reading of a file has come, every few thousand rows. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rows -> {
    };

    void rowsRead(long rows);
}
