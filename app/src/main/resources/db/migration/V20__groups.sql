-- Group customers (集团客户, docs/groups.md): the contract end the generator and groups.csv now
-- carry, the phone customer managers of the small C groups (the seeds' 1 : 1000 model), and the
-- group-level key moments in the catalog.

alter table group_customers add column contract_end date;

-- The phone customer manager (电话客户经理) of a C group the data gives no account manager, assigned
-- by the rule of docs/groups.md ("Who looks after a group"). A group keeps its manager once assigned.
create table group_phone_managers (
    group_id     varchar(32)  primary key references group_customers (group_id),
    username     varchar(64)  not null references staff (username),
    assigned_on  date         not null
);
create index group_phone_managers_by_username on group_phone_managers (username, group_id);

-- A group-level moment is about a group, not a subscriber: group_id names it (one per group, type and
-- occurrence), msisdn the member the call goes to (the group's key contact), owner the person the
-- task goes to (the group's account or phone customer manager) instead of the subscriber's own.
alter table moments add column group_id varchar(32);
alter table moments add column owner varchar(64);
create unique index moments_one_per_group on moments (group_id, type, occurrence) where group_id is not null;

insert into moment_types (code, name_zh, name_en, need, action_kind, channel, cycle, window_days, sla_hours,
                          rule_params, script_zh, script_en, enabled, updated_by, updated_at) values
('GROUP_MEMBER_LEFT', '集团成员流失', 'A member left the group', 'RETENTION', 'RETENTION', 'ACCOUNT_MANAGER', 'MONTHLY', 14, 120,
 '{"minMembers": 1}',
 '{name}您好，我是贵单位的集团客户经理。{detail}，想了解一下原因，看看集团方案还有哪些需要调整。',
 'Hello {name}, this is your company''s account manager. {detail}; I would like to understand why and whether the group plan needs a change.', true, 'migration', now()),
('GROUP_SPEND_DROP', '集团消费下降', 'Group spend drop', 'RETENTION', 'RETENTION', 'ACCOUNT_MANAGER', 'MONTHLY', 14, 120,
 '{"dropPercent": 20, "baselineMonths": 3, "minAverageYuan": 200}',
 '{name}您好，我是贵单位的集团客户经理。{detail}，想了解一下贵单位最近的通信需求有没有变化。',
 'Hello {name}, this is your company''s account manager. {detail}; has anything changed in how your company uses its phones?', true, 'migration', now()),
('GROUP_CONTRACT_RENEWAL', '集团协议续约', 'Group contract renewal', 'RENEWAL', 'RETENTION', 'ACCOUNT_MANAGER', 'MONTHLY', 30, 168,
 '{"daysAhead": 60}',
 '{name}您好，我是贵单位的集团客户经理。{detail}，想和您约时间商谈续约方案。',
 'Hello {name}, this is your company''s account manager. {detail}; may we meet to talk about the renewal?', true, 'migration', now());
