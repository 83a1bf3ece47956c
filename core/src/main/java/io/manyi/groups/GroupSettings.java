package io.manyi.groups;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of the group feature (setting {@value #SETTING}): the churn probability from which a
 * member counts as at high risk in a group's figures, and how many C groups one phone customer
 * manager looks after (the seeds' 1 : 1000 model).
 */
public record GroupSettings(double highRiskProbability, int phoneManagerCapacity) {

    public static final String SETTING = "groups";

    public static GroupSettings defaults() {
        return new GroupSettings(0.5, 1000);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!(highRiskProbability > 0 && highRiskProbability <= 1)) {
            problems.add("highRiskProbability must be above 0 and at most 1");
        }
        if (phoneManagerCapacity < 1) {
            problems.add("phoneManagerCapacity must be at least 1");
        }
        return problems;
    }
}
