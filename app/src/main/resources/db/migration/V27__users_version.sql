-- Disabling an account or changing its roles or password takes effect at once on a running server
-- (docs/security.md, "Accounts"). Every such change gives the row a new version from one
-- sequence; the server polls for rows changed recently and refuses sessions and remembered API
-- credentials made from an older version. A trigger, not the application, bumps the version, so
-- a change made by the CLI in another process or by hand in SQL is noticed the same way.
--
-- The sequence is deliberately not owned by the column: "truncate ... restart identity" (tests,
-- a reset) must not hand out a version a server has already seen for another row of that name.
create sequence users_version_seq;

alter table users
    add column version    bigint      not null default nextval('users_version_seq'),
    add column changed_at timestamptz not null default now();

create index users_changed_at on users (changed_at);

create function users_bump_version() returns trigger language plpgsql as $$
begin
    if new.enabled is distinct from old.enabled
            or new.roles is distinct from old.roles
            or new.password_hash is distinct from old.password_hash then
        new.version := nextval('users_version_seq');
        new.changed_at := now();
    end if;
    return new;
end
$$;

create trigger users_bump_version before update on users
    for each row execute function users_bump_version();
