package io.manyi.dashboard;

import java.util.Map;

/** The survey dimension questions' names (docs/surveys.md); an unknown code is shown as it is. */
final class DimensionNames {

    private static final Map<String, String[]> NAMES = Map.of(
            "NETWORK", new String[] {"网络质量", "Network"},
            "FEES", new String[] {"资费", "Fees"},
            "NEW_SERVICES", new String[] {"新业务", "New services"},
            "HALLS", new String[] {"营业厅", "Halls"},
            "HOTLINE", new String[] {"10086热线", "Hotline"},
            "REMINDERS", new String[] {"提醒服务", "Reminders"},
            "PROMOTIONS", new String[] {"促销活动", "Promotions"});

    private DimensionNames() {
    }

    static String zh(String code) {
        String[] n = NAMES.get(code);
        return n == null ? code : n[0];
    }

    static String en(String code) {
        String[] n = NAMES.get(code);
        return n == null ? code : n[1];
    }
}
