package io.manyi.moments;

import java.util.Map;

/** Catalog entries for tests, with the migration's parameters. */
final class Types {

    private Types() {
    }

    static MomentType of(String code, Map<String, Double> params) {
        return new MomentType(code, code, code, "NEED", ActionKind.CARE_CALL, Channel.PHONE_MANAGER, Cycle.DAILY, 7, 48,
                params, "{name}：{detail}", "{name}: {detail}", true);
    }
}
