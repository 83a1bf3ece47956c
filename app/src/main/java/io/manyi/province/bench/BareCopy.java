package io.manyi.province.bench;

import io.manyi.intake.CsvReader;
import io.manyi.intake.CsvRecord;
import io.manyi.intake.Kind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The physical limit the import is measured against: a bare {@code COPY} of the same usage rows
 * into a plain table with the same columns (with or without its primary key), from a file
 * already in COPY text form. The conversion (month to a date, commas to tabs) happens before the
 * clock starts, so the figure is PostgreSQL's alone, as with {@code psql \copy}.
 */
final class BareCopy {

    record Figures(long rows, double seconds, CpuClock.Reading cpu) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private final DataSource dataSource;
    private final CpuClock clock;
    private final Path copyText;
    private final long rows;

    private BareCopy(DataSource dataSource, CpuClock clock, Path copyText, long rows) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.copyText = copyText;
        this.rows = rows;
    }

    /** Converts the usage file to COPY text in {@code workDir}, ready to be timed. */
    static BareCopy prepare(DataSource dataSource, CpuClock clock, Path usageCsv, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path copyText = workDir.resolve("usage.copy.txt");
        return new BareCopy(dataSource, clock, copyText, convert(usageCsv, copyText));
    }

    Figures withPrimaryKey() throws SQLException, IOException {
        return timedCopy("create table bench_bare_copy (like usage_monthly including defaults including constraints including indexes)");
    }

    Figures withoutPrimaryKey() throws SQLException, IOException {
        return timedCopy("create table bench_bare_copy (like usage_monthly including defaults)");
    }

    void delete() throws IOException {
        Files.deleteIfExists(copyText);
    }

    private Figures timedCopy(String createTable) throws SQLException, IOException {
        try (Connection con = dataSource.getConnection()) {
            try (Statement statement = con.createStatement()) {
                statement.execute("drop table if exists bench_bare_copy");
                statement.execute(createTable);
            }
            Quiet.settle(con);
            CpuClock.Reading cpuStart = clock.read();
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(copyText)) {
                con.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy bench_bare_copy (" + String.join(", ", Kind.USAGE.columns()) + ") from stdin", in, 1 << 16);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuClock.Reading cpu = clock.read().since(cpuStart);
            try (Statement statement = con.createStatement()) {
                statement.execute("drop table bench_bare_copy");
            }
            return new Figures(rows, seconds, cpu);
        }
    }

    /** Rewrites usage.csv as COPY text; the month column becomes the first day of the month. */
    private static long convert(Path csv, Path copyText) throws IOException {
        int month = Kind.USAGE.columns().indexOf("month");
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(copyText, StandardCharsets.UTF_8)) {
            CsvReader csvReader = new CsvReader(reader);
            CsvRecord record = new CsvRecord();
            csvReader.next(record); // the header
            while (csvReader.next(record)) {
                for (int i = 0; i < record.size(); i++) {
                    if (i > 0) {
                        out.write('\t');
                    }
                    out.write(record.chars(), record.start(i), record.end(i) - record.start(i));
                    if (i == month) {
                        out.write("-01");
                    }
                }
                out.write('\n');
                rows++;
            }
        }
        return rows;
    }
}
