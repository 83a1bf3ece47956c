package io.manyi.platform.security.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table: one row per person who signs in, roles comma-separated. */
@Repository
public class UserTable {

    /**
     * A stored account; {@code passwordHash} carries its encoder's prefix, e.g. {@code {bcrypt}}.
     * {@code version} grows (from one sequence, V27) whenever its password, roles or enabled flag change.
     */
    public record UserRow(String username, String passwordHash, String roles, boolean enabled, long version) {
    }

    /** The database's time of a poll and the versions of the accounts changed since the time asked. */
    public record Changes(OffsetDateTime polledAt, Map<String, Long> versions) {
    }

    private final JdbcClient jdbc;

    public UserTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> find(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled, version from users where username = :username")
                .param("username", username)
                .query(UserRow.class)
                .optional();
    }

    public List<UserRow> all() {
        return jdbc.sql("select username, password_hash, roles, enabled, version from users order by username")
                .query(UserRow.class)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    /** Inserts the account; false when the name is taken. */
    public boolean insert(String username, String passwordHash, String roles) {
        return jdbc.sql("""
                        insert into users (username, password_hash, roles, enabled) values (:username, :hash, :roles, true)
                        on conflict (username) do nothing
                        """)
                .param("username", username).param("hash", passwordHash).param("roles", roles)
                .update() == 1;
    }

    /** Creates the account or resets its password, roles and enabled flag. */
    public void upsert(String username, String passwordHash, String roles) {
        jdbc.sql("""
                        insert into users (username, password_hash, roles, enabled) values (:username, :hash, :roles, true)
                        on conflict (username) do update
                            set password_hash = excluded.password_hash, roles = excluded.roles, enabled = true
                        """)
                .param("username", username).param("hash", passwordHash).param("roles", roles)
                .update();
    }

    public boolean updatePassword(String username, String passwordHash) {
        return jdbc.sql("update users set password_hash = :hash where username = :username")
                .param("username", username).param("hash", passwordHash)
                .update() == 1;
    }

    /** Sets the enabled flag; false when there is no such account. */
    public boolean updateEnabled(String username, boolean enabled) {
        return jdbc.sql("update users set enabled = :enabled where username = :username")
                .param("username", username).param("enabled", enabled)
                .update() == 1;
    }

    /** Sets the roles (comma-separated); false when there is no such account. */
    public boolean updateRoles(String username, String roles) {
        return jdbc.sql("update users set roles = :roles where username = :username")
                .param("username", username).param("roles", roles)
                .update() == 1;
    }

    /**
     * The accounts whose row changed after {@code since}, with the database's own time
     * of the poll, so that the next poll's {@code since} never depends on this server's clock.
     */
    public Changes changedSince(OffsetDateTime since) {
        Map<String, Long> versions = new java.util.HashMap<>();
        OffsetDateTime[] at = new OffsetDateTime[1];
        // The left join answers one row even when nothing changed: the poll always learns now().
        jdbc.sql("""
                        select t.at, u.username, u.version
                        from (select now() as at) t
                        left join users u on u.changed_at > :since
                        """)
                .param("since", since)
                .query((rs, n) -> {
                    at[0] = rs.getObject("at", OffsetDateTime.class);
                    String username = rs.getString("username");
                    if (username != null) {
                        versions.put(username, rs.getLong("version"));
                    }
                    return n;
                })
                .list();
        return new Changes(at[0], versions);
    }

    /** Usernames of the staff with this role in the imported {@code staff} table. */
    public List<String> staffWithRole(String role) {
        // pm2 before pm10: by length, then by name
        return jdbc.sql("select username from staff where role = :role order by length(username), username")
                .param("role", role)
                .query(String.class)
                .list();
    }
}
