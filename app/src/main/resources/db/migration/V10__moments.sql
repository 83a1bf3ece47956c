-- Key moments (关键时刻) and the phone managers' tasks (docs/moments.md).
--
-- moment_types is the catalog, data an analyst edits; moments are what detection found, one row
-- per (subscriber, type, occurrence) so that any detection can run again and add nothing twice;
-- tasks are what a person does, at most one open task per subscriber (moments of the same
-- subscriber merge into it as several reasons).

create table moment_types (
    code                 varchar(40)  primary key,
    name_zh              varchar(100) not null,
    name_en              varchar(100) not null,
    need                 varchar(40)  not null,
    action_kind          varchar(20)  not null check (action_kind in ('OFFER','CARE_CALL','EXPLANATION','PLAN_CHANGE','RETENTION','CALLBACK')),
    channel              varchar(20)  not null check (channel in ('PHONE_MANAGER','ACCOUNT_MANAGER','SMS')),
    cycle                varchar(12)  not null check (cycle in ('MONTHLY','WEEKLY','DAILY','IMMEDIATE')),
    window_days          integer      not null check (window_days between 0 and 366),
    sla_hours            integer      not null check (sla_hours between 1 and 8784),
    rule_params          jsonb        not null,
    script_zh            text         not null,
    script_en            text         not null,
    enabled              boolean      not null default true,
    updated_by           varchar(64)  not null,
    updated_at           timestamptz  not null
);

-- status: NEW (not yet dispatched), TASKED (a reason of task_id), SMS (sent as a text message),
-- SUPPRESSED (the contact policy said no: suppressed_reason), LAPSED (its window passed first).
create table moments (
    id                 bigserial     primary key,
    type               varchar(40)   not null references moment_types (code),
    msisdn             varchar(11)   not null,
    occurrence         varchar(64)   not null,
    detected_on        date          not null,
    window_ends        date          not null,
    source             varchar(10)   not null check (source in ('BATCH','EVENT')),
    event_id           bigint,
    detail_zh          text          not null,
    detail_en          text          not null,
    value_yuan         numeric(14,2) not null,
    expected_value     numeric(14,2) not null,
    status             varchar(12)   not null check (status in ('NEW','TASKED','SMS','SUPPRESSED','LAPSED')),
    suppressed_reason  varchar(40),
    task_id            bigint,
    created_at         timestamptz   not null,
    unique (msisdn, type, occurrence)
);
create index moments_undispatched on moments (window_ends) where status = 'NEW';
create index moments_by_task on moments (task_id) where task_id is not null;

-- One call (or visit) to one subscriber. assignee null: in the team pool (for a supervisor to
-- hand out). campaign_id: reserved for the campaigns of a later step (never set yet).
-- callback_at: an appointment; callback_done tells the appointment was kept.
create table tasks (
    id              bigserial     primary key,
    msisdn          varchar(11)   not null,
    due_on          date          not null,
    assignee        varchar(64),
    channel         varchar(20)   not null check (channel in ('PHONE_MANAGER','ACCOUNT_MANAGER')),
    status          varchar(12)   not null check (status in ('NEW','ASSIGNED','IN_PROGRESS','DONE','FAILED','EXPIRED')),
    type            varchar(40)   not null,
    priority        numeric(14,2) not null,
    not_before      timestamptz,
    sla_due_at      timestamptz   not null,
    callback_at     timestamptz,
    callback_done   boolean       not null default false,
    outcome         varchar(20),
    note            text,
    campaign_id     bigint,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index tasks_by_assignee_day on tasks (assignee, due_on);
create index tasks_by_msisdn on tasks (msisdn, due_on);
create unique index tasks_one_open_per_subscriber on tasks (msisdn)
    where status in ('NEW','ASSIGNED','IN_PROGRESS');
create index tasks_open_sla on tasks (sla_due_at) where status in ('NEW','ASSIGNED','IN_PROGRESS');

-- Every change of a task: who, when, what (state changes, outcomes, call-backs, reassignments).
create table task_history (
    id        bigserial    primary key,
    task_id   bigint       not null references tasks (id),
    at        timestamptz  not null,
    actor     varchar(64)  not null,
    action    varchar(32)  not null,
    detail    text
);
create index task_history_by_task on task_history (task_id, id);

-- Subscribers who asked not to be called (or texted) by us.
create table do_not_call (
    msisdn     varchar(11)  primary key,
    reason     varchar(200),
    added_by   varchar(64)  not null,
    added_at   timestamptz  not null
);

-- The catalog an operator starts with (the seeds' 关键时刻). rule_params are read by the rules in
-- io.manyi.moments (core); docs/moments.md lists every parameter.
insert into moment_types (code, name_zh, name_en, need, action_kind, channel, cycle, window_days, sla_hours,
                          rule_params, script_zh, script_en, enabled, updated_by, updated_at) values
('BIRTHDAY', '生日关怀', 'Birthday', 'CARE', 'CARE_CALL', 'PHONE_MANAGER', 'DAILY', 7, 72,
 '{"daysAhead": 3}',
 '{name}您好，我是您的专属电话经理。{detail}，提前祝您生日快乐！为您准备了一份生日礼遇。',
 'Hello {name}, this is your phone manager. {detail}: happy birthday in advance! We have a small gift for you.', true, 'migration', now()),
('TENURE_ANNIVERSARY', '网龄周年', 'Tenure anniversary', 'RECOGNITION', 'CARE_CALL', 'PHONE_MANAGER', 'DAILY', 7, 72,
 '{"daysAhead": 3, "minYears": 1}',
 '{name}您好，{detail}，感谢您一直以来的信任，为您送上周年礼遇。',
 'Hello {name}: {detail}. Thank you for staying with us; here is an anniversary gift.', true, 'migration', now()),
('STAR_UPGRADE', '星级提升', 'Star level up', 'RECOGNITION', 'CARE_CALL', 'PHONE_MANAGER', 'IMMEDIATE', 14, 72,
 '{}',
 '{name}您好，恭喜您！{detail}，我为您介绍新增的专属权益。',
 'Hello {name}, congratulations: {detail}. Let me tell you about your new privileges.', true, 'migration', now()),
('STAR_DOWNGRADE', '星级下降', 'Star level down', 'RETENTION', 'RETENTION', 'PHONE_MANAGER', 'IMMEDIATE', 14, 48,
 '{}',
 '{name}您好，{detail}。我想了解一下您最近的使用情况，看看有没有更合适的方案。',
 'Hello {name}: {detail}. I would like to hear how you use your phone now and whether another plan fits better.', true, 'migration', now()),
('POINTS_EXPIRING', '积分即将到期', 'Points about to expire', 'POINTS_VALUE', 'EXPLANATION', 'PHONE_MANAGER', 'MONTHLY', 30, 120,
 '{"minPoints": 1000, "daysBefore": 30}',
 '{name}您好，{detail}，我帮您看看可以兑换哪些礼品。',
 'Hello {name}: {detail}. Let me help you choose something to redeem them for.', true, 'migration', now()),
('CONTRACT_ENDING', '合约到期', 'Contract ending', 'RENEWAL', 'RETENTION', 'PHONE_MANAGER', 'WEEKLY', 30, 120,
 '{"daysAhead": 45}',
 '{name}您好，{detail}，为您准备了续约优惠。',
 'Hello {name}: {detail}. We have a renewal offer for you.', true, 'migration', now()),
('SPEND_DROP', '消费下降', 'Spend drop', 'RETENTION', 'RETENTION', 'PHONE_MANAGER', 'MONTHLY', 14, 72,
 '{"dropPercent": 40, "minAverageYuan": 50, "baselineMonths": 3}',
 '{name}您好，{detail}。想了解一下您最近是否遇到了什么问题。',
 'Hello {name}: {detail}. I would like to know whether something is not working for you.', true, 'migration', now()),
('ROAMING_BEGINS', '开始漫游', 'Roaming begins', 'TRAVEL', 'OFFER', 'SMS', 'MONTHLY', 7, 24,
 '{"minRoamingMinutes": 30, "maxPreviousMinutes": 5}',
 '{name}您好，{detail}，为您推荐漫游优惠包，出行更省心。',
 'Hello {name}: {detail}. A roaming pack would make your trips cheaper.', true, 'migration', now()),
('BILL_SHOCK', '无流量套餐超量使用', 'Data used without a data plan', 'COST_CONTROL', 'EXPLANATION', 'PHONE_MANAGER', 'MONTHLY', 10, 48,
 '{"overAllowanceMb": 1024, "maxPlanDataMb": 500}',
 '{name}您好，{detail}，按量计费较贵，建议您办理流量包。',
 'Hello {name}: {detail}. Pay-as-you-go data is dear; a data pack would cost less.', true, 'migration', now()),
('VAS_UNCONFIRMED', '增值业务未确认', 'Value-added subscription not confirmed', 'TRUST', 'EXPLANATION', 'PHONE_MANAGER', 'DAILY', 7, 48,
 '{"lookbackDays": 30}',
 '{name}您好，{detail}，向您确认是否需要保留，不需要可以马上为您退订。',
 'Hello {name}: {detail}. Do you want to keep it? I can cancel it for you right away.', true, 'migration', now()),
('COMPLAINT_CALLBACK', '投诉回访', 'Complaint closed: callback', 'SERVICE_RECOVERY', 'CALLBACK', 'PHONE_MANAGER', 'IMMEDIATE', 3, 24,
 '{}',
 '{name}您好，{detail}，想回访一下问题是否已经解决、您是否满意。',
 'Hello {name}: {detail}. I am calling to check the problem is solved and you are satisfied.', true, 'migration', now()),
('SURVEY_CALLBACK', '低分满意度回访', 'Low survey score: callback', 'SERVICE_RECOVERY', 'CALLBACK', 'PHONE_MANAGER', 'IMMEDIATE', 3, 24,
 '{}',
 '{name}您好，{detail}，想了解一下让您不满意的地方，以便我们改进。',
 'Hello {name}: {detail}. I would like to hear what disappointed you so that we can fix it.', true, 'migration', now()),
('CHURN_WARNING', '离网预警', 'Churn warning', 'RETENTION', 'RETENTION', 'PHONE_MANAGER', 'IMMEDIATE', 7, 48,
 '{}',
 '{name}您好，{detail}。想了解一下您的需求，看看有什么可以帮您。',
 'Hello {name}: {detail}. I would like to understand what you need and how we can help.', true, 'migration', now()),
('CHURN_RISK_HIGH', '高离网风险', 'Churn risk high', 'RETENTION', 'RETENTION', 'PHONE_MANAGER', 'MONTHLY', 14, 72,
 '{"minProbability": 0.5}',
 '{name}您好，{detail}。为您准备了专属保有方案。',
 'Hello {name}: {detail}. We have prepared a loyalty offer for you.', true, 'migration', now()),
('GROUP_NEW_MEMBER', '集团新成员', 'New member in a group account', 'ONBOARDING', 'CARE_CALL', 'ACCOUNT_MANAGER', 'WEEKLY', 14, 120,
 '{"lookbackDays": 30}',
 '{name}您好，{detail}，我是集团客户经理，为您介绍集团专属业务。',
 'Hello {name}: {detail}. I am the group account manager; let me show you the group services.', true, 'migration', now()),
('BETTER_PLAN', '更合适的套餐', 'A plan that would suit better', 'PLAN_FIT', 'PLAN_CHANGE', 'PHONE_MANAGER', 'MONTHLY', 30, 168,
 '{"months": 3, "minSavingYuan": 10}',
 '{name}您好，{detail}，可以为您办理。',
 'Hello {name}: {detail}. I can change it for you.', true, 'migration', now());
