-- 百万客户申诉率 on the dashboard counts regulator appeals (申诉: tickets of the REGULATOR channel), not
-- every ticket (issue 14; docs/complaints.md "Regulator appeals"). Null in the months rolled up
-- before this column: the figure reads "unknown" until the month is refreshed (./manyi dashboard refresh).
alter table dashboard_monthly add column appeals bigint; -- opened in the month through the regulator
