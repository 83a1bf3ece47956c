package io.manyi.staff;

import java.util.List;

/**
 * The two kinds of front-line staff the service-star assessment (员工积分考核) scores, each with
 * its own components and its own weights setting.
 */
public enum StaffRole {
    HALL_CLERK("staff.weights.clerk", List.of(Component.COMPLIANCE, Component.KNOWLEDGE_TEST, Component.MYSTERY_SHOPPER,
            Component.ONSITE_SATISFACTION, Component.CALLBACK_SATISFACTION)),
    PHONE_MANAGER("staff.weights.phone-manager", List.of(Component.TASK_COMPLETION, Component.CONVERSION,
            Component.SATISFACTION));

    private final String setting;
    private final List<Component> components;

    StaffRole(String setting, List<Component> components) {
        this.setting = setting;
        this.components = components;
    }

    /** The name of the setting that holds this role's weights. */
    public String setting() {
        return setting;
    }

    public List<Component> components() {
        return components;
    }

    /** What an employee is scored on; each component's score is normalised to 0-100. */
    public enum Component {
        /** Daily compliance checks (每日营业厅服务规范考核): mean of score / max. */
        COMPLIANCE,
        /** Weekly knowledge tests (每周业务知识考核): mean of score / max. */
        KNOWLEDGE_TEST,
        /** Mystery-shopper visits (第三方暗访): mean of score / max. */
        MYSTERY_SHOPPER,
        /** SMS ratings after the clerk's visits (客户现场满意度): mean score 1-10 mapped to 0-100. */
        ONSITE_SATISFACTION,
        /** Callbacks after the clerk's low ratings (客户回访满意度): share in which the customer was reached and the cause recorded. */
        CALLBACK_SATISFACTION,
        /** Tasks with an outcome (done or not reached) of the tasks due. */
        TASK_COMPLETION,
        /** Accepted offers of the customers reached, against a target rate. */
        CONVERSION,
        /** SMS ratings after the manager's tasks: mean score 1-10 mapped to 0-100. */
        SATISFACTION
    }
}
