package io.manyi.groups;

import io.manyi.groups.internal.GroupMomentFacts;
import io.manyi.moments.Detected;
import io.manyi.moments.MomentSource;
import io.manyi.moments.MomentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The group-level key moments for batch detection (docs/groups.md, "Key moments"): first the C
 * groups without a manager get their phone customer manager, then {@link GroupMomentRules} runs over
 * every group's facts. Each moment is about the group (one per group, type and occurrence), is
 * called to the group's key contact and goes to the group's manager (the account manager, or the
 * phone customer manager of a C group).
 */
@Component
public class GroupMoments implements MomentSource {

    private final GroupMomentFacts facts;
    private final PhoneManagerAssignment assignment;

    public GroupMoments(GroupMomentFacts facts, PhoneManagerAssignment assignment) {
        this.facts = facts;
        this.assignment = assignment;
    }

    @Override
    public List<Found> find(LocalDate day, Map<String, MomentType> types) {
        List<MomentType> ours = GroupMomentRules.TYPES.stream().map(types::get)
                .filter(t -> t != null && t.enabled()).toList();
        if (ours.isEmpty()) {
            return List.of();
        }
        assignment.assign(day);
        int months = 1 + (int) Math.max(3, ours.stream().mapToDouble(t -> t.param("baselineMonths", 3)).max().orElse(3));
        List<Found> found = new ArrayList<>();
        for (GroupMomentFacts.Group group : facts.load(YearMonth.from(day).minusMonths(1), months)) {
            for (Detected d : GroupMomentRules.detect(group.facts(), day, ours)) {
                found.add(new Found(d, group.keyContact(), group.monthlyValueYuan(), group.facts().groupId(),
                        group.owner()));
            }
        }
        return found;
    }
}
