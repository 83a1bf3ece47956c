package io.manyi.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SurveyReplyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9|9", " 10 |10", "10分|10", "九分|9", "十分|10", "十|10", "满意|8", "非常满意|10", "十分满意|10",
            "不满意|3", "非常不满意|1", "３|3", "1。|1", "一般|6"})
    void understandsOneScore(String text, int score) {
        SurveyReply reply = SurveyReply.parse(text);
        assertThat(reply.understood()).isTrue();
        assertThat(reply.score()).contains(score);
    }

    @Test
    void furtherScoresAnswerTheDimensions() {
        assertThat(SurveyReply.parse("8 7 9").dimensions()).containsExactly(7, 9);
        assertThat(SurveyReply.parse("8 7 9").score()).contains(8);
        assertThat(SurveyReply.parse("8，7，9").dimensions()).containsExactly(7, 9);
        assertThat(SurveyReply.parse("八分 七分").dimensions()).containsExactly(7);
        assertThat(SurveyReply.parse("9").dimensions()).isEqualTo(List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0", "11", "879", "hello", "好的谢谢", "9 but slow", "''", "退订", "-3"})
    void anythingElseIsNotUnderstood(String text) {
        SurveyReply reply = SurveyReply.parse(text);
        assertThat(reply.understood()).isFalse();
        assertThat(reply.score()).isEmpty();
    }

    @Test
    void nullIsNotUnderstood() {
        assertThat(SurveyReply.parse(null).understood()).isFalse();
    }
}
