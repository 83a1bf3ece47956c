-- The VIP cards in force, as every page reads them (docs/tiers.md, "The card in force"; issue 14).
-- Owned by tier; docs/architecture.md, "Data" lists them among what tier offers.
--
-- The tier overview and the dashboard counted the cards of the assessed month's own points cycle,
-- while the subscriber 360 showed the card of the cycle that month's assessment governs: after
-- November 2026's assessment the 360 showed the 银卡 that November's annual review set for cycle
-- 2027, and the overview and dashboard 0 cards (cycle 2026's only review, in 2025-11, had one
-- month of data on record, fewer than the two a review needs). One definition now, the same as
-- the star level in force: the levels assessed for month A are in force from A + 1, so the cards
-- in force with them are those of the cycle A + 1 falls in, as reviewed at or before A.

-- Cycle of a month: December opens the next year's cycle, so the cycle of A + 1 month is the year of
-- A + 2 months. A plain SQL function, so the planner inlines it ("where msisdn = ?" stays a lookup).
create function vip_cards_as_of(as_of date) returns table (month date, msisdn varchar, cycle_year smallint, card varchar)
language sql stable as $$
    select r.month, v.msisdn, v.cycle_year, v.card
    from (select max(t.month) as month from tier_runs t where t.month <= as_of) r
    join vip_cards v on v.cycle_year = extract(year from r.month + interval '2 months')::int
                    and v.reviewed_month <= r.month
$$;

-- The cards in force now (the 360, the tier overview).
create view current_vip_cards as
select month, msisdn, cycle_year, card
from vip_cards_as_of('infinity');
