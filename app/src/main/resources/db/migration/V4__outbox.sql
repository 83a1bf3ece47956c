-- Two outboxes written in the same transaction as the change that causes them, so nothing is
-- sent for a change that rolled back and nothing is lost for one that committed.
-- dedup_key makes every producer idempotent: a re-run of a monthly step inserts nothing twice.

create table sms_outbox (
    id          bigserial    primary key,
    msisdn      varchar(11)  not null,
    template    varchar(64)  not null,
    body_zh     text         not null,
    body_en     text         not null,
    dedup_key   varchar(200) not null unique,
    created_at  timestamptz  not null,
    sent_at     timestamptz
);
create index sms_outbox_unsent on sms_outbox (id) where sent_at is null;
create index sms_outbox_by_msisdn on sms_outbox (msisdn, created_at desc);

-- Facts that later features react to (a star change becomes a key moment, ...).
-- Consumers remember the last id they handled in event_consumers.
create table domain_events (
    id              bigserial    primary key,
    type            varchar(64)  not null,
    subject         varchar(64)  not null,
    business_month  date,
    payload         jsonb        not null,
    dedup_key       varchar(200) not null unique,
    occurred_at     timestamptz  not null
);
create index domain_events_by_type on domain_events (type, id);

create table event_consumers (
    consumer  varchar(64) primary key,
    last_id   bigint      not null
);
