package io.manyi.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phoneNumberKeepsPrefixAndLastFour() {
        assertThat(Masking.msisdn("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.msisdn("13912345678")).matches("\\d{3}\\*{4}\\d{4}").doesNotContain("2345");
    }

    @Test
    void oddLengthNumbersStillHideAllButTheLastFour() {
        assertThat(Masking.msisdn("12345678")).isEqualTo("****5678");
        assertThat(Masking.msisdn("123")).isEqualTo("***");
        assertThat(Masking.msisdn(null)).isNull();
    }

    @Test
    void idNumberKeepsRegionAndLastFour() {
        assertThat(Masking.idNumber("440106199001011234")).isEqualTo("440106********1234");
        assertThat(Masking.idNumber("44010619900101123X")).isEqualTo("440106********123X");
        // 15-digit first-generation ID cards
        assertThat(Masking.idNumber("440106900101123")).isEqualTo("440106*****1123");
    }

    @Test
    void shortIdNumbersAreMostlyHidden() {
        assertThat(Masking.idNumber("A1234567")).isEqualTo("****4567");
        assertThat(Masking.idNumber("AB")).isEqualTo("*B");
    }

    @Test
    void chineseNamesKeepSurnameAndLastCharacter() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张小明")).isEqualTo("张*明");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(Masking.name("李")).isEqualTo("李");
    }

    @Test
    void latinNamesKeepInitials() {
        assertThat(Masking.name("Li Wei")).isEqualTo("L* W**");
        assertThat(Masking.name("  Anna  ")).isEqualTo("A***");
    }

    @Test
    void namesOutsideTheBasicPlaneAreMaskedByCharacterNotByCodeUnit() {
        // 𠀋 is one character but two UTF-16 code units.
        assertThat(Masking.name("𠀋小明")).isEqualTo("𠀋*明");
        assertThat(Masking.name("王𠀋")).isEqualTo("王*");
    }
}
