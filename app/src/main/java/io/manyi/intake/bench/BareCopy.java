package io.manyi.intake.bench;

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
 * into a plain table with the same columns (with and without its primary key), from a file
 * already in COPY text form. The conversion (month to a date, commas to tabs) happens before the
 * clock starts, so the figure is PostgreSQL's alone, as with {@code psql \copy}.
 */
final class BareCopy {

    record Figures(long rows, double secondsWithKey, double secondsWithoutKey) {
        double rowsPerSecondWithKey() {
            return rows / secondsWithKey;
        }

        double rowsPerSecondWithoutKey() {
            return rows / secondsWithoutKey;
        }
    }

    private BareCopy() {
    }

    static Figures measure(DataSource dataSource, Path usageCsv, Path workDir) throws IOException, SQLException {
        Path copyText = workDir.resolve("usage.copy.txt");
        long rows = convert(usageCsv, copyText);
        try (Connection con = dataSource.getConnection()) {
            double withKey = timedCopy(con, copyText,
                    "create table bench_bare_copy (like usage_monthly including defaults including constraints including indexes)");
            double withoutKey = timedCopy(con, copyText,
                    "create table bench_bare_copy (like usage_monthly including defaults)");
            return new Figures(rows, withKey, withoutKey);
        } finally {
            Files.deleteIfExists(copyText);
        }
    }

    private static double timedCopy(Connection con, Path copyText, String createTable) throws SQLException, IOException {
        try (Statement statement = con.createStatement()) {
            statement.execute("drop table if exists bench_bare_copy");
            statement.execute(createTable);
            statement.execute("checkpoint");
        }
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(copyText)) {
            con.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bench_bare_copy (" + String.join(", ", Kind.USAGE.columns()) + ") from stdin", in, 1 << 16);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement statement = con.createStatement()) {
            statement.execute("drop table bench_bare_copy");
        }
        return seconds;
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
