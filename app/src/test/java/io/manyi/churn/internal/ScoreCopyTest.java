package io.manyi.churn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreCopyTest {

    @Test
    void reasonsBecomeATextArrayLiteralEscapedForCopy() {
        StringBuilder text = new StringBuilder();
        ScoreCopy.array(text, new String[]{"spend fell 45%, over 3 months", "say \"hi\" \\ now", "unused"}, 2);
        // COPY turns \\ into \, then the array parser turns \" into " and \\ into \.
        assertThat(text.toString()).isEqualTo("{\"spend fell 45%, over 3 months\",\"say \\\\\"hi\\\\\" \\\\\\\\ now\"}");
    }
}
