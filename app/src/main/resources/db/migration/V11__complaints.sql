-- Complaints (docs/complaints.md) and satisfaction surveys (docs/surveys.md). ADR 0004: the
-- imported `complaints` table stays the intake's; every imported complaint is adopted as a ticket
-- (tickets.complaint_id), and tickets logged in Manyi live only here.

create table complaint_departments (
    code     varchar(32)  primary key,
    name_zh  varchar(100) not null,
    name_en  varchar(100) not null
);

-- The category tree: editable, each category owned by a department (a child without one inherits
-- its parent's). indicator: the satisfaction indicator the cause hurts, when the seeds name one.
create table complaint_categories (
    code        varchar(64)  primary key,
    parent_code varchar(64)  references complaint_categories(code),
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    department  varchar(32)  references complaint_departments(code),
    indicator   varchar(32),
    position    integer      not null default 0,
    active      boolean      not null default true
);
create index complaint_categories_by_parent on complaint_categories (parent_code, position);

create table tickets (
    id               bigserial     primary key,
    complaint_id     varchar(32)   unique,          -- the imported complaint this ticket adopted
    msisdn           varchar(11),                   -- null only for a TMF ticket without a customer party
    channel          varchar(16)   not null check (channel in ('HOTLINE','HALL','ONLINE','SMS','REGULATOR')),
    category         varchar(64)   not null,
    severity         varchar(16)   not null check (severity in ('LOW','MEDIUM','HIGH','CRITICAL')),
    status           varchar(20)   not null check (status in ('OPEN','IN_PROGRESS','WAITING_CUSTOMER','HELD',
                                                             'RESOLVED','CLOSED','REJECTED','CANCELLED')),
    description      varchar(4000) not null,
    stars            smallint      not null default 0,
    opened_at        timestamptz   not null,
    status_changed_at timestamptz  not null,
    last_update      timestamptz   not null,
    closed_at        timestamptz,
    sla_minutes      integer       not null,
    sla_due_at       timestamptz,                   -- null while the clock is paused
    sla_warned_at    timestamptz,
    sla_breached_at  timestamptz,
    escalation_level smallint      not null default 0,
    repeat_of        bigint        references tickets(id),
    remedy           jsonb,
    agreement        jsonb,
    created_by       varchar(64)   not null,
    assignee         varchar(64),
    -- What a TMF621 client sent, echoed back as written (our own fields are derived from them).
    tmf_name         varchar(200),
    tmf_ticket_type  varchar(100),
    tmf_severity     varchar(50),
    tmf_priority     varchar(50),
    tmf_requested_resolution timestamptz
);
create index tickets_by_subscriber on tickets (msisdn, category, opened_at);
create index tickets_open on tickets (status, opened_at) where status not in ('CLOSED','REJECTED','CANCELLED');
create index tickets_by_opened on tickets (opened_at);

-- Every change of a ticket, in order; never updated.
create table ticket_history (
    id         bigserial    primary key,
    ticket_id  bigint       not null references tickets(id),
    at         timestamptz  not null,
    actor      varchar(64)  not null,
    action     varchar(32)  not null,
    detail     jsonb        not null
);
create index ticket_history_by_ticket on ticket_history (ticket_id, id);

-- The six handling steps, the latest record of each (earlier ones stay in the history).
create table ticket_steps (
    ticket_id    bigint       not null references tickets(id),
    step         varchar(32)  not null,
    note         varchar(2000) not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(64)  not null,
    primary key (ticket_id, step)
);

create table ticket_pauses (
    ticket_id  bigint       not null references tickets(id),
    started_at timestamptz  not null,
    ended_at   timestamptz,
    primary key (ticket_id, started_at)
);

create table ticket_attachments (
    id           bigserial    primary key,
    ticket_id    bigint       not null references tickets(id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    sha256       char(64),
    added_at     timestamptz  not null,
    added_by     varchar(64)  not null
);

create table ticket_notes (
    id        bigserial     primary key,
    ticket_id bigint        not null references tickets(id),
    author    varchar(100)  not null,
    text      varchar(4000) not null,
    at        timestamptz   not null
);
create index ticket_notes_by_ticket on ticket_notes (ticket_id, id);

-- SLA timers as rows, so that a restart loses none and fires none twice: the poller claims due
-- rows with "for update skip locked" and sets fired_at in the transaction that acts on them.
create table sla_timers (
    ticket_id  bigint       not null references tickets(id),
    kind       varchar(8)   not null check (kind in ('WARNING','BREACH')),
    due_at     timestamptz,                          -- null while the clock is paused
    fired_at   timestamptz,
    primary key (ticket_id, kind)
);
create index sla_timers_due on sla_timers (due_at) where fired_at is null and due_at is not null;

-- Compensation in money goes to billing as a fee-credit record (points go through the points ledger).
create table fee_credits (
    id          bigserial     primary key,
    ticket_id   bigint        not null unique references tickets(id),
    msisdn      varchar(11)   not null,
    amount      numeric(14,2) not null check (amount > 0),
    reason      varchar(500)  not null,
    created_at  timestamptz   not null,
    created_by  varchar(64)   not null,
    exported_at timestamptz
);

-- The departments and the category tree are seeded by CategorySeed (complaints/categories.sql)
-- when empty, at start and in tests after a truncation.
