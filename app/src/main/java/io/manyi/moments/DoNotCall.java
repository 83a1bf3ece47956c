package io.manyi.moments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The do-not-call list: subscribers who asked us not to call or text them. Dispatch suppresses their moments. */
@Service
public class DoNotCall {

    private final JdbcClient jdbc;
    private final Clock clock;

    public DoNotCall(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(String msisdn, String reason, String addedBy, Timestamp addedAt) {
    }

    public List<Entry> list(int limit) {
        return jdbc.sql("select msisdn, reason, added_by, added_at from do_not_call order by added_at desc, msisdn limit ?")
                .param(Math.clamp(limit, 1, 10_000)).query(Entry.class).list();
    }

    /** Adds a number (again: keeps the first entry); returns true when it was new. */
    public boolean add(String msisdn, String reason, String actor) {
        if (msisdn == null || !msisdn.strip().matches("\\d{5,15}")) {
            throw new TaskRefused(400, "bad-msisdn", "Not a phone number: " + msisdn);
        }
        return jdbc.sql("""
                        insert into do_not_call (msisdn, reason, added_by, added_at) values (?, ?, ?, ?)
                        on conflict (msisdn) do nothing
                        """).params(msisdn.strip(), reason, actor, Timestamp.from(clock.instant())).update() == 1;
    }

    public boolean remove(String msisdn) {
        return jdbc.sql("delete from do_not_call where msisdn = ?").param(msisdn).update() == 1;
    }

    /**
     * Imports lines {@code msisdn[,reason]} (a header line {@code msisdn,...} is skipped) in one
     * transaction: a bad line imports nothing. Returns how many numbers were new.
     */
    @Transactional
    public int importCsv(String csv, String actor) {
        int added = 0;
        int line = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(csv == null ? "" : csv))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank() || (line == 1 && text.toLowerCase(java.util.Locale.ROOT).startsWith("msisdn"))) {
                    continue;
                }
                String[] parts = text.split(",", 2);
                try {
                    added += add(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, actor) ? 1 : 0;
                } catch (TaskRefused e) {
                    throw new TaskRefused(400, "bad-line", "line " + line + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }
}
