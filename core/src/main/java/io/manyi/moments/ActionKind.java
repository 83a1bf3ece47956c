package io.manyi.moments;

/** What the person does about a moment. */
public enum ActionKind {
    OFFER, CARE_CALL, EXPLANATION, PLAN_CHANGE, RETENTION, CALLBACK
}
