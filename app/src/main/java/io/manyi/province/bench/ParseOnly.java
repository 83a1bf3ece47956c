package io.manyi.province.bench;

import io.manyi.intake.CopyTextWriter;
import io.manyi.intake.CsvRecord;
import io.manyi.intake.ImportError;
import io.manyi.intake.ImportProgress;
import io.manyi.intake.Kind;
import io.manyi.intake.KnownKeys;
import io.manyi.intake.RowPipeline;
import io.manyi.intake.ValidatedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Java side of an import alone: read, check and encode to COPY text, sent nowhere. */
final class ParseOnly {

    record Figures(long rows, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private ParseOnly() {
    }

    static Figures measure(Kind kind, Path file, KnownKeys known) throws IOException {
        OutputStream nowhere = OutputStream.nullOutputStream();
        CopyTextWriter writer = new CopyTextWriter(nowhere);
        long start = System.nanoTime();
        RowPipeline.Outcome outcome;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            outcome = RowPipeline.run(kind, file.getFileName().toString(), reader, known, new KnownKeys(),
                    new RowPipeline.Rows() {
                        @Override
                        public void accept(ValidatedRow row) throws IOException {
                            writer.write(row, false);
                        }

                        @Override
                        public void reject(CsvRecord record, List<ImportError> errors) {
                        }
                    }, ImportProgress.NONE);
            writer.flush();
        }
        return new Figures(outcome.good() + outcome.bad(), (System.nanoTime() - start) / 1e9);
    }
}
