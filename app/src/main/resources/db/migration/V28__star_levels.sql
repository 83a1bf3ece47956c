-- Star levels as every other feature reads them (docs/tiers.md, "The level in force"; issue 13).
-- Owned by tier; docs/architecture.md, "Data" lists them among what tier offers.
--
-- One definition of the level in force: a month's levels count once its run has completed (its
-- tier_runs row, written in the transaction that writes the month's assessments). The level in
-- force as of a month is the one the latest completed run at or before that month assessed; a
-- subscriber that run did not assess (gone before the month, or not there yet) has none, which the
-- readers count as zero stars.

-- Each assessed month's levels: the history (the dashboard's star mix of a month, churn's features).
create view star_level_history as
select a.month, a.msisdn, a.stars
from tier_assessments a;

-- The levels in force as of a month (churn's list of a scored month). A plain SQL function, so the
-- planner inlines it: "where msisdn = ?" stays a primary-key lookup.
create function star_levels_as_of(as_of date) returns table (month date, msisdn varchar, stars smallint)
language sql stable as $$
    select a.month, a.msisdn, a.stars
    from tier_assessments a
    where a.month = (select max(r.month) from tier_runs r where r.month <= as_of)
$$;

-- The levels in force now: the hotline's greeting, a ticket's priority, a campaign's target rule.
create view current_star_levels as
select month, msisdn, stars
from star_levels_as_of('infinity');

-- The VIP card reviews of each points cycle (the dashboard's card mix).
create view vip_card_reviews as
select msisdn, cycle_year, card, reviewed_month
from vip_cards;

-- The months whose run has completed, oldest first when ordered (the dashboard refreshes them).
create view assessed_months as
select month, finished_at
from tier_runs;
