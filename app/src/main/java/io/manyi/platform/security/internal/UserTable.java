package io.manyi.platform.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table: one row per person who signs in, roles comma-separated. */
@Repository
public class UserTable {

    /** A stored account; {@code passwordHash} carries its encoder's prefix, e.g. {@code {bcrypt}}. */
    public record UserRow(String username, String passwordHash, String roles, boolean enabled) {
    }

    private final JdbcClient jdbc;

    public UserTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> find(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from users where username = :username")
                .param("username", username)
                .query(UserRow.class)
                .optional();
    }

    public List<UserRow> all() {
        return jdbc.sql("select username, password_hash, roles, enabled from users order by username")
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

    /** Usernames of the staff with this role in the imported {@code staff} table. */
    public List<String> staffWithRole(String role) {
        // pm2 before pm10: by length, then by name
        return jdbc.sql("select username from staff where role = :role order by length(username), username")
                .param("role", role)
                .query(String.class)
                .list();
    }
}
