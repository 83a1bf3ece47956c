-- complaints offers the ticket's description too: the 360 lists the tickets handled in Manyi beside
-- the imported complaints (issue 14), and says what each was about.
create or replace view ticket_records as
select t.id, t.complaint_id, t.msisdn, t.channel, t.category,
       coalesce(c.department, p.department, g.department) as department,
       t.severity, t.status, t.status not in ('CLOSED','REJECTED','CANCELLED') as is_open,
       t.opened_at, t.closed_at, t.sla_breached_at, t.repeat_of, t.description
from tickets t
left join complaint_categories c on c.code = t.category
left join complaint_categories p on p.code = c.parent_code
left join complaint_categories g on g.code = p.parent_code;
