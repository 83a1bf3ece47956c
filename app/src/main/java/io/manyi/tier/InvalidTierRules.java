package io.manyi.tier;

import java.util.List;

/** Proposed tier rules that cannot be used, with what is wrong: 400 from the API. */
public class InvalidTierRules extends RuntimeException {

    private final List<String> problems;

    public InvalidTierRules(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
