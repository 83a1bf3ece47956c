package io.manyi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTypesTest {

    /** The normalised value, or "! reason". */
    private static String check(ColumnType type, String value) {
        ValidatedRow row = new ValidatedRow(1);
        row.reset(2);
        row.begin(0);
        String reason = type.normalise(value.toCharArray(), 0, value.length(), row);
        if (reason != null) {
            return "! " + reason;
        }
        row.end();
        return row.value(0);
    }

    private static long number(ColumnType type, String value) {
        ValidatedRow row = new ValidatedRow(1);
        row.begin(0);
        assertThat(type.normalise(value.toCharArray(), 0, value.length(), row)).isNull();
        return row.number(0);
    }

    @Test
    void text() {
        ColumnType text = ColumnType.text(4);
        assertThat(check(text, "张三丰")).isEqualTo("张三丰");
        assertThat(check(text, "a\tb")).isEqualTo("a\tb");
        assertThat(check(text, "abcde")).isEqualTo("! is longer than 4 characters");
        assertThat(check(text, "a\0")).isEqualTo("! contains a NUL character");
        assertThat(check(text, "𠀀𠀀𠀀𠀀")).as("four characters outside the BMP").isEqualTo("𠀀𠀀𠀀𠀀");
    }

    @Test
    void wholeNumber() {
        ColumnType number = ColumnType.wholeNumber();
        assertThat(check(number, "0")).isEqualTo("0");
        assertThat(check(number, "2147483647")).isEqualTo("2147483647");
        assertThat(number(number, "120")).isEqualTo(120);
        assertThat(check(number, "2147483648")).startsWith("! is too large");
        assertThat(check(number, "-1")).isEqualTo("! is not a whole number of 0 or more (e.g. 120)");
        assertThat(check(number, "1.5")).startsWith("! is not a whole number");
        assertThat(check(number, "1 000")).startsWith("! is not a whole number");
    }

    @Test
    void money() {
        ColumnType money = ColumnType.money();
        assertThat(check(money, "86.50")).isEqualTo("86.50");
        assertThat(check(money, "86.5")).isEqualTo("86.5");
        assertThat(check(money, "86")).isEqualTo("86");
        assertThat(number(money, "86.5")).isEqualTo(8650);
        assertThat(number(money, "0.07")).isEqualTo(7);
        assertThat(number(money, "999999999999.99")).isEqualTo(99999999999999L);
        assertThat(check(money, "12,5x")).isEqualTo("! is not an amount in yuan (e.g. 86.50)");
        assertThat(check(money, "1,234.50")).isEqualTo("! is not an amount in yuan (e.g. 86.50)");
        assertThat(check(money, "-3.00")).startsWith("! is not an amount");
        assertThat(check(money, "3.")).startsWith("! is not an amount");
        assertThat(check(money, ".5")).startsWith("! is not an amount");
        assertThat(check(money, "3.141")).startsWith("! has more than two decimals");
        assertThat(check(money, "1234567890123")).startsWith("! is too large");
    }

    @Test
    void date() {
        ColumnType date = ColumnType.date();
        assertThat(check(date, "2024-02-29")).isEqualTo("2024-02-29");
        assertThat(check(date, "2023-02-29")).isEqualTo("! is not a real date");
        assertThat(check(date, "2024-04-31")).isEqualTo("! is not a real date");
        assertThat(check(date, "2024-13-01")).isEqualTo("! is not a real date");
        assertThat(check(date, "2024/03/15")).isEqualTo("! is not a date YYYY-MM-DD (e.g. 2024-03-15)");
        assertThat(check(date, "2024-3-15")).startsWith("! is not a date");
        assertThat(check(date, "15.03.2024")).startsWith("! is not a date");
    }

    @Test
    void monthBecomesItsFirstDay() {
        ColumnType month = ColumnType.month();
        assertThat(check(month, "2024-03")).isEqualTo("2024-03-01");
        assertThat(check(month, "2024-00")).isEqualTo("! is not a real month");
        assertThat(check(month, "202403")).isEqualTo("! is not a month YYYY-MM (e.g. 2024-03)");
        assertThat(check(month, "2024-03-01")).startsWith("! is not a month");
    }

    @Test
    void timestamp() {
        ColumnType time = ColumnType.timestamp();
        assertThat(check(time, "2024-03-15 09:30:00")).isEqualTo("2024-03-15 09:30:00");
        assertThat(check(time, "2024-03-15T09:30:00")).isEqualTo("2024-03-15 09:30:00");
        assertThat(check(time, "2024-03-15 09:30")).isEqualTo("2024-03-15 09:30:00");
        assertThat(check(time, "2024-03-15")).isEqualTo("2024-03-15 00:00:00");
        assertThat(check(time, "2024-03-15 24:00:00")).isEqualTo("! is not a real time of day");
        assertThat(check(time, "2024-02-30 10:00:00")).startsWith("! is not a time YYYY-MM-DD HH:MM:SS");
        assertThat(check(time, "2024-03-15 9:30:00")).startsWith("! is not a time");
        assertThat(check(time, "2024-03-15_09:30:00")).startsWith("! is not a time");
    }

    @Test
    void yesNo() {
        ColumnType yesNo = ColumnType.yesNo();
        for (String yes : new String[]{"Y", "y", "1", "true", "TRUE", "yes", "是"}) {
            assertThat(check(yesNo, yes)).as(yes).isEqualTo("t");
        }
        for (String no : new String[]{"N", "n", "0", "false", "No", "否"}) {
            assertThat(check(yesNo, no)).as(no).isEqualTo("f");
        }
        assertThat(check(yesNo, "maybe")).isEqualTo("! is not a yes/no value (Y, N, 1, 0, true, false, 是, 否)");
    }

    @Test
    void codesAcceptAnyCaseAndChineseNames() {
        assertThat(check(Codes.BRAND, "gotone")).isEqualTo("GOTONE");
        assertThat(check(Codes.BRAND, "动感地带")).isEqualTo("MZONE");
        assertThat(check(Codes.BRAND, "神州行")).isEqualTo("EASYOWN");
        assertThat(check(Codes.BRAND, "动力100")).isEqualTo("DONGLI100");
        assertThat(check(Codes.BRAND, "Unicom")).isEqualTo(
                "! is not one of GOTONE, MZONE, EASYOWN, DONGLI100 (or 全球通, 动感地带, 神州行, 动力100)");
        assertThat(check(Codes.GENDER, "女")).isEqualTo("F");
        assertThat(check(Codes.GENDER, "X")).startsWith("! is not one of M, F");
        assertThat(check(Codes.STATUS, "suspended")).isEqualTo("SUSPENDED");
        assertThat(check(Codes.STATUS, "CANCELED")).startsWith("! is not one of ACTIVE, SUSPENDED, CANCELLED");
        assertThat(check(Codes.MANAGER_ROLE, "电话经理")).isEqualTo("PHONE_MANAGER");
        assertThat(check(Codes.MANAGER_ROLE, "AGENT")).startsWith("! is not one of PHONE_MANAGER, ACCOUNT_MANAGER");
        assertThat(check(Codes.GROUP_CLASS, "b")).isEqualTo("B");
        assertThat(check(Codes.GROUP_CLASS, "D")).isEqualTo("! is not one of A, B, C");
        assertThat(check(Codes.CHANNEL, "10086")).isEqualTo("HOTLINE");
        assertThat(check(Codes.SEVERITY, "紧急")).isEqualTo("CRITICAL");
        assertThat(check(Codes.SEVERITY, "medium")).isEqualTo("MEDIUM");
    }

    @Test
    void msisdn() {
        ColumnType msisdn = ColumnType.msisdn();
        assertThat(check(msisdn, "13812345678")).isEqualTo("13812345678");
        assertThat(number(msisdn, "13812345678")).isEqualTo(13_812_345_678L);
        assertThat(check(msisdn, "1381234567")).startsWith("! is not a mobile number (11 digits starting with 1");
        assertThat(check(msisdn, "23812345678")).startsWith("! is not a mobile number");
        assertThat(check(msisdn, "1381234567x")).startsWith("! is not a mobile number");
        assertThat(check(msisdn, "+8613812345678")).startsWith("! is not a mobile number");
    }

    @Test
    void idNumberChecksTheGb11643CheckDigit() {
        ColumnType id = ColumnType.idNumber();
        assertThat(check(id, "11010519491231002X")).isEqualTo("11010519491231002X");
        assertThat(check(id, "11010519491231002x")).as("a lower-case x is read as X").isEqualTo("11010519491231002X");
        assertThat(check(id, "440524188001010014")).isEqualTo("440524188001010014");
        assertThat(check(id, "440524188001010015")).isEqualTo("! has a wrong check digit (GB 11643 gives 4)");
        assertThat(check(id, "110105491231002")).as("15 digits, the old form").isEqualTo("110105491231002");
        assertThat(check(id, "11010549123100X")).startsWith("! is not an ID number");
        assertThat(check(id, "1101051949123100")).startsWith("! is not an ID number");
        assertThat(check(id, "11010519491231002Y")).startsWith("! is not an ID number");
        assertThat(Identifiers.checkCharacter("11010519491231002")).isEqualTo('X');
    }
}
