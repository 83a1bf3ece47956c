-- moments (docs/moments.md): a better plan's reason said its fee twice when the plan's name says it
-- already ("改用动力100集团信息化套餐88元（88元）每月约省13元") and named the plan by its code in
-- English ("DL-INFO-88 (88 yuan)"). Detection now writes the name with the fee once
-- (MomentRules.withFee); this rewrites the reasons already stored, which task scripts are made of.
update moments
set detail_zh = regexp_replace(detail_zh, '([0-9]+)元（\1元）', '\1元')
where type = 'BETTER_PLAN' and detail_zh ~ '([0-9]+)元（\1元）';

update moments m
set detail_en = regexp_replace(m.detail_en, '; ' || p.plan_code || ' \(([0-9]+) yuan\)',
        '; ' || p.plan_name || case when p.plan_name ~ ('(^|[^0-9])' || round(p.monthly_fee)::text || '元') then '' else ' (\1 yuan)' end)
from plans p
where m.type = 'BETTER_PLAN' and m.detail_en like '%; ' || p.plan_code || ' (%';
