package io.manyi.moments;

import java.util.OptionalDouble;

/**
 * The seam for learning priorities (docs/moments.md, "Priority"): a feature that measured how
 * often acting on a moment type helps (the campaigns' control arms and holdouts) answers for the
 * types where it has enough evidence; the priority setting answers for the rest.
 */
public interface MeasuredHelp {

    /** The measured probability that acting on a moment of {@code type} helps, empty without enough evidence. */
    OptionalDouble probability(String type);
}
