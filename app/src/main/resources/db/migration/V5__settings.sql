-- The operator's rules: every number a feature uses by default is a setting it can change.
-- One row per setting group (e.g. 'tier.star-rules'), its value a JSON object; each change is
-- kept in settings_history with who made it and why.
create table settings (
    name        varchar(100) primary key,
    value       jsonb        not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null
);

create table settings_history (
    id          bigserial    primary key,
    name        varchar(100) not null,
    value       jsonb        not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null,
    reason      varchar(500)
);
create index settings_history_by_name on settings_history (name, id desc);
