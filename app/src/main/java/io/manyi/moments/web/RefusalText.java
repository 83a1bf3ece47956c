package io.manyi.moments.web;

import io.manyi.moments.TaskRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A refusal as a page shows it: in English the rule's own message (it names the task, the manager
 * and the numbers), in Chinese the words of {@code wbd.refused.<code>} (i18n/workbench), so no
 * English reaches a Chinese page; the API keeps the rule's message.
 */
final class RefusalText {

    private RefusalText() {
    }

    static String of(TaskRefused e, Locale locale, MessageSource messages) {
        if (TaskApi.english(locale)) {
            return e.getMessage();
        }
        String text = messages.getMessage("wbd.refused." + e.code(), null, null, locale);
        return text == null ? e.getMessage() : text;
    }
}
