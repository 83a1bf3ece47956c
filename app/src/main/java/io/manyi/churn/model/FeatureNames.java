package io.manyi.churn.model;

/**
 * How a feature is called in a reason sentence. The analyst's CSV has only its column names; the
 * monthly pipeline supplies bilingual names ("spend change over 3 months" / "近3个月消费变化")
 * and may format values its own way (yuan, percent, days).
 */
public interface FeatureNames {

    String name(FeatureColumn column, Language language);

    /** The value as shown; null means missing. By default the level or the plain number. */
    default String value(FeatureColumn column, float value, Language language) {
        return column.display(value);
    }

    /** The CSV's column names, in both languages. */
    static FeatureNames columnNames() {
        return (column, language) -> column.name();
    }

    enum Language {
        EN, ZH;

        public static Language of(String code) {
            return switch (code.toLowerCase(java.util.Locale.ROOT)) {
                case "en" -> EN;
                case "zh", "zh-cn", "cn" -> ZH;
                default -> throw new IllegalArgumentException("language must be en or zh, not " + code);
            };
        }
    }
}
