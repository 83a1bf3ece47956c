-- What features offer each other to read (issue 13, docs/architecture.md, "Data"): a feature reads another
-- feature's derived data only through a view or function that feature owns, so that the owner can
-- change its tables and keep what it promised. Each block below belongs to the feature it names
-- (the star levels are tier's, V28); each view reads only its owner's tables and the imported facts.
-- Plain views and inlinable SQL functions: a reader's filter reaches the owner's indexes, and a
-- column no reader asks for costs nothing (an unused left join is removed by the planner).

-- churn: each scored month's probabilities and their leading reasons.
create view churn_risks as
select month, msisdn, probability, reasons_zh, reasons_en
from churn_scores;

-- moments: the tasks, and the moments with what became of them (their task's status and holder).
create view task_records as
select id, msisdn, due_on, assignee, channel, status, type, outcome, note, campaign_id, created_at, updated_at
from tasks;

create view moment_records as
select m.id, m.type, m.msisdn, m.occurrence, m.group_id, m.source, m.event_id, m.detected_on, m.window_ends,
       m.detail_zh, m.detail_en, m.status, m.suppressed_reason, m.task_id,
       t.status as task_status, t.assignee as task_assignee
from moments m
left join tasks t on t.id = m.task_id;

-- complaints: the tickets, each with the department its category (or the nearest ancestor that
-- names one) answers to, and whether it is still open (not CLOSED, REJECTED or CANCELLED:
-- io.manyi.complaints.TicketStatus.FINAL, which StatusSetsTest holds this list to).
create view ticket_records as
select t.id, t.complaint_id, t.msisdn, t.channel, t.category,
       coalesce(c.department, p.department, g.department) as department,
       t.severity, t.status, t.status not in ('CLOSED','REJECTED','CANCELLED') as is_open,
       t.opened_at, t.closed_at, t.sla_breached_at, t.repeat_of
from tickets t
left join complaint_categories c on c.code = t.category
left join complaint_categories p on p.code = c.parent_code
left join complaint_categories g on g.code = p.parent_code;

-- satisfaction: the surveys sent and their answers, and the callbacks after complaints and low scores.
create view survey_records as
select id, msisdn, touchpoint, ticket_id, task_id, hall_id, clerk, dimensions, dimension_scores, status, score,
       sent_at, answered_at, dedup_key
from surveys;

create view callback_records as
select id, reason, msisdn, ticket_id, survey_id, status, indicator, due_at, created_at, done_at
from callback_tasks;

-- hall: the halls' staff, the visits, and the mystery-shopper and compliance checks.
create view hall_clerks as
select username, hall_id, display_name, position
from hall_staff;

create view hall_visit_records as
select id, hall_id, clerk, msisdn, service, arrived_at, called_at, finished_at
from hall_visits;

create view hall_check_records as
select id, hall_id, clerk, check_day, kind, score, max_score
from hall_checks;

-- groups: the phone customer manager of each C group that has one.
create view phone_managed_groups as
select group_id, username, assigned_on
from group_phone_managers;

-- loyalty: each subscriber's points outstanding at the start of a day (entries effective before it).
create function points_outstanding_before(before date) returns table (msisdn varchar, points numeric)
language sql stable as $$
    select e.msisdn, sum(e.points)
    from points_entries e
    where e.effective_on < before
    group by e.msisdn
$$;

-- platform.outbox: the text messages queued, sent or not (a producer checks what it queued already).
create view queued_sms as
select id, msisdn, template, dedup_key, created_at, sent_at
from sms_outbox;
