-- Foundation schema: the facts an operator's BOSS / billing exports carry, plus staff,
-- users and the audit log. Column meanings and CSV formats: docs/data-formats.md.
--
-- The large fact tables (usage_monthly, payments, vas_subscriptions, complaints) carry no
-- foreign keys: intake validates every reference before a row reaches COPY, and a
-- per-row FK trigger would cost a third of the bulk-load speed (docs/adr/0003).

create table plans (
    plan_code      varchar(32)   primary key,
    plan_name      varchar(100)  not null,
    brand          varchar(16)   not null,
    monthly_fee    numeric(14,2) not null check (monthly_fee >= 0),
    voice_minutes  integer       not null check (voice_minutes >= 0),
    data_mb        integer       not null check (data_mb >= 0),
    sms            integer       not null check (sms >= 0),
    category       varchar(32)   not null
);

create table staff (
    username        varchar(64)  primary key,
    display_name    varchar(100) not null,
    role            varchar(32)  not null,
    city            varchar(50),
    team            varchar(50),
    daily_capacity  integer check (daily_capacity >= 0)
);

create table subscribers (
    msisdn         varchar(11)  primary key,
    name           varchar(100) not null,
    id_number      varchar(18)  not null,
    gender         char(1)      not null check (gender in ('M','F')),
    birth_date     date,
    city           varchar(50)  not null,
    district       varchar(50)  not null,
    brand          varchar(16)  not null,
    plan_code      varchar(32)  not null references plans(plan_code),
    activated_on   date         not null,
    status         varchar(16)  not null,
    number_type    varchar(16)  not null default 'NORMAL',
    contract_end   date,
    cancelled_on   date
);
create index subscribers_city_brand on subscribers (city, brand);

create table assignments (
    msisdn    varchar(11) not null references subscribers(msisdn),
    role      varchar(32) not null,
    username  varchar(64) not null references staff(username),
    since     date        not null,
    primary key (msisdn, role)
);
create index assignments_by_staff on assignments (username, msisdn);

create table group_customers (
    group_id         varchar(32)  primary key,
    name             varchar(200) not null,
    class            char(1)      not null check (class in ('A','B','C')),
    city             varchar(50)  not null,
    industry         varchar(50),
    account_manager  varchar(64)  references staff(username)
);

create table group_members (
    group_id   varchar(32) not null references group_customers(group_id),
    msisdn     varchar(11) not null references subscribers(msisdn),
    joined_on  date        not null,
    left_on    date,
    primary key (group_id, msisdn)
);
create index group_members_by_msisdn on group_members (msisdn);

create table usage_monthly (
    msisdn                 varchar(11)   not null,
    month                  date          not null,
    spend                  numeric(14,2) not null,
    local_minutes          integer       not null,
    long_distance_minutes  integer       not null,
    roaming_minutes        integer       not null,
    sms                    integer       not null,
    data_mb                integer       not null,
    vas_spend              numeric(14,2) not null,
    competitor_calls       integer       not null,
    competitor_forwards    integer       not null,
    distinct_contacts      integer       not null,
    competitor_contacts    integer       not null,
    primary key (msisdn, month)
);

create table payments (
    msisdn        varchar(11)   not null,
    month         date          not null,
    billed        numeric(14,2) not null,
    paid          numeric(14,2) not null,
    paid_on       date,
    arrears       numeric(14,2) not null,
    days_overdue  integer       not null,
    primary key (msisdn, month)
);

create table vas_subscriptions (
    msisdn         varchar(11)   not null,
    service_code   varchar(32)   not null,
    service_name   varchar(100)  not null,
    channel        varchar(16)   not null,
    subscribed_at  timestamp     not null,
    confirmed      boolean       not null,
    cancelled_at   timestamp,
    monthly_fee    numeric(14,2) not null,
    primary key (msisdn, service_code, subscribed_at)
);

create table complaints (
    complaint_id  varchar(32)   primary key,
    msisdn        varchar(11)   not null,
    channel       varchar(16)   not null,
    category      varchar(64)   not null,
    severity      varchar(16)   not null,
    opened_at     timestamp     not null,
    closed_at     timestamp,
    description   varchar(1000)
);
create index complaints_by_msisdn on complaints (msisdn, opened_at);

-- One row per file that reached the database; a file with the same content hash and kind
-- is not imported twice.
create table imports (
    id           bigserial    primary key,
    kind         varchar(32)  not null,
    file_name    varchar(500) not null,
    sha256       char(64)     not null,
    rows_loaded  bigint       not null,
    rows_rejected bigint      not null,
    imported_by  varchar(64)  not null,
    imported_at  timestamptz  not null,
    unique (kind, sha256)
);

create table users (
    username       varchar(64)  primary key,
    password_hash  varchar(200) not null,
    roles          varchar(200) not null,
    enabled        boolean      not null default true
);

create table audit_log (
    id          bigserial    primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    action      varchar(64)  not null,
    subject     varchar(200),
    detail      varchar(2000),
    request_id  varchar(64)
);
create index audit_log_at on audit_log (at desc);
