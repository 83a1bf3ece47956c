-- Hall visits with their SMS rating, and the staff assessment (docs/staff-assessment.md).

-- A visit's ticket number (取号), and the survey after it carries the hall and the clerk who served.
alter table hall_visits add column ticket_no varchar(16);
create index hall_visits_by_clerk on hall_visits (clerk, arrived_at);

-- What a survey was about beyond the subscriber: the hall and clerk of a HALL_VISIT, the task of a
-- TASK_DONE. The staff assessment reads satisfaction per clerk and per phone manager from these.
alter table surveys add column hall_id varchar(16);
alter table surveys add column clerk varchar(64);
alter table surveys add column task_id bigint;
create index surveys_by_clerk on surveys (clerk, sent_at) where clerk is not null;
create index surveys_by_task on surveys (task_id) where task_id is not null;

-- Weekly knowledge tests (每周业务知识考核): one score per employee and week (the week's Monday).
create table staff_knowledge_tests (
    username     varchar(64)  not null,
    week_of      date         not null check (extract(isodow from week_of) = 1),
    score        numeric(6,1) not null check (score >= 0),
    max_score    numeric(6,1) not null check (max_score > 0),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null,
    check (score <= max_score),
    primary key (username, week_of)
);

-- One employee's assessment of a month: the total and, per component, its 0-100 score, its weight
-- and the figures behind it (counts, averages), with the weights the run used. A run of a month
-- replaces that month's rows (re-runnable).
create table staff_assessments (
    month         date          not null,
    username      varchar(64)   not null,
    role          varchar(16)   not null check (role in ('HALL_CLERK','PHONE_MANAGER')),
    unit          varchar(64),   -- the hall of a clerk, the team of a phone manager
    display_name  varchar(100)  not null,
    total         numeric(5,1),  -- null when no component had any figures
    components    jsonb         not null,
    weights       jsonb         not null,
    computed_at   timestamptz   not null,
    primary key (month, username)
);
create index staff_assessments_by_user on staff_assessments (username, month);
