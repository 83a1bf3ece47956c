package io.manyi.hall.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A day close's differences in the reader's language: no English sentence on the Chinese page. */
class DifferenceTextsTest {

    private static DifferenceTexts texts(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/figures");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DifferenceTexts(messages, locale);
    }

    @Test
    void theDifferencesAreSaidInChineseOnAChinesePage() {
        DifferenceTexts zh = texts(Locale.CHINESE);
        assertThat(zh.of(Map.of("key", "cash.CASH", "expected", "¥100.00", "counted", "¥90.50",
                "detail", "CASH: counted ¥90.50 against ¥100.00 in the system (short ¥9.50)")))
                .isEqualTo("现金：清点 ¥90.50，系统 ¥100.00（短款 ¥9.50）");
        assertThat(zh.of(Map.of("key", "stock.SIM", "expected", "45 cards", "counted", "44 cards", "detail", "SIM: missing 1 (45)")))
                .isEqualTo("SIM：应有 45 张，清点 44 张");
        assertThat(zh.of(Map.of("key", "invoices.void.1001", "expected", "a reason", "counted", "none",
                "detail", "invoice 1001 voided without a reason"))).isEqualTo("发票 1001 作废未填写原因");
        for (String text : new String[] {zh.of(Map.of("key", "invoices.duplicate", "expected", "", "counted", "7-8", "detail", "x")),
                zh.of(Map.of("key", "invoices.outside", "expected", "1-5", "counted", "9", "detail", "x")),
                zh.of(Map.of("key", "stock.SIM.unknown", "expected", "", "counted", "50", "detail", "x"))}) {
            assertThat(text).doesNotContainPattern("[a-z]{3,}");
        }
    }

    @Test
    void inEnglishTheSameFigures() {
        assertThat(texts(Locale.ENGLISH).of(Map.of("key", "cash.WECHAT", "expected", "¥10.00", "counted", "¥12.00", "detail", "x")))
                .isEqualTo("WeChat Pay: counted ¥12.00 against ¥10.00 in the system (over ¥2.00)");
    }
}
