package io.manyi.moments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A feature that finds moments the per-subscriber scan cannot see, such as a group customer's
 * (docs/groups.md). Batch detection asks every source after its scan and stores what they find with
 * the rest, under the same idempotency: a source's moment carrying a {@code groupId} is unique per
 * group, type and occurrence.
 */
public interface MomentSource {

    /**
     * A moment found by a source: the rule's finding, the subscriber the call goes to, their monthly
     * value (for the expected value), and for a group-level moment the group and the task's owner.
     */
    record Found(Detected detected, String msisdn, double monthlyValueYuan, String groupId, String owner) {
    }

    /** The moments of {@code day} for the enabled types of the run's cycles ({@code types}, by code). */
    List<Found> find(LocalDate day, Map<String, MomentType> types);
}
