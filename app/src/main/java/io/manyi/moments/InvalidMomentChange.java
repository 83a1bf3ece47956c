package io.manyi.moments;

import java.util.List;

/** A catalog change or setting that cannot be used, with every problem found. */
public class InvalidMomentChange extends RuntimeException {

    private final List<String> problems;

    public InvalidMomentChange(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
