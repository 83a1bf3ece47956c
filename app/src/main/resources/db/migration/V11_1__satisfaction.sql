-- The satisfaction feature's tables (docs/surveys.md): surveys and their replies, the callbacks'
-- satisfaction records. Until issue 13 they were part of V11__complaints.sql; an installation
-- that ran the old V11 has them already, and io.manyi.satisfaction.internal.SchemaSplit records
-- this migration as applied there instead of running it (docs/architecture.md, "Migrations").

-- Callbacks to a customer: after a closed complaint, after a low survey score. The call itself is
-- a key-moment task; this is its satisfaction record (what the customer said, against which indicator).
create table callback_tasks (
    id          bigserial     primary key,
    reason      varchar(24)   not null check (reason in ('COMPLAINT_CLOSED','LOW_SURVEY_SCORE')),
    msisdn      varchar(11)   not null,
    ticket_id   bigint        references tickets(id),
    survey_id   bigint,
    status      varchar(8)    not null default 'OPEN' check (status in ('OPEN','DONE')),
    due_at      timestamptz   not null,
    created_at  timestamptz   not null,
    done_at     timestamptz,
    done_by     varchar(64),
    outcome     varchar(2000),
    indicator   varchar(32),  -- the satisfaction indicator the cause is recorded against
    dedup_key   varchar(100)  not null unique
);
create index callback_tasks_open on callback_tasks (status, due_at);

create table surveys (
    id          bigserial    primary key,
    msisdn      varchar(11)  not null,
    touchpoint  varchar(20)  not null check (touchpoint in ('COMPLAINT_CLOSED','HALL_VISIT','HOTLINE_CALL','TASK_DONE','PERIODIC')),
    ticket_id   bigint       references tickets(id),
    dimensions  varchar(200) not null default '', -- the dimension questions asked, in order, comma-separated
    status      varchar(10)  not null check (status in ('SENT','ANSWERED','EXPIRED')),
    sent_at     timestamptz  not null,
    answered_at timestamptz,
    score       smallint     check (score between 1 and 10),
    dimension_scores varchar(100),
    dedup_key   varchar(100) not null unique
);
create index surveys_open_by_msisdn on surveys (msisdn, sent_at desc) where status = 'SENT';
create index surveys_by_sent on surveys (status, sent_at);

-- Every reply received, understood or not; counted = the reply that answered its survey.
create table survey_replies (
    id          bigserial     primary key,
    survey_id   bigint        references surveys(id),
    msisdn      varchar(11)   not null,
    text        varchar(1000) not null,
    received_at timestamptz   not null,
    score       smallint,
    understood  boolean       not null,
    counted     boolean       not null
);
create index survey_replies_unknown on survey_replies (received_at) where not understood;
