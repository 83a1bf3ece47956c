package io.manyi.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subscriber's free-text answer to a survey SMS: "9", "8 7 9", "10分", "九分", "十分", "满意",
 * full-width digits, commas or spaces between scores. The first score is the overall one, the
 * rest answer the dimension questions in order. Anything else is not understood: the reply is
 * kept and flagged, never guessed.
 *
 * @param score      overall score 1-10, empty when not understood
 * @param dimensions further scores, in the order of the questions
 */
public record SurveyReply(Optional<Integer> score, List<Integer> dimensions) {

    private static final SurveyReply UNKNOWN = new SurveyReply(Optional.empty(), List.of());

    /** Words that stand for a score, longest first so that "非常满意" is not read as "满意". */
    private static final List<Map.Entry<String, Integer>> WORDS = List.of(
            Map.entry("非常不满意", 1), Map.entry("很不满意", 2), Map.entry("不太满意", 4), Map.entry("不满意", 3),
            Map.entry("十分满意", 10), Map.entry("非常满意", 10), Map.entry("很满意", 9), Map.entry("比较满意", 8),
            Map.entry("满意", 8), Map.entry("一般", 6), Map.entry("还行", 6), Map.entry("差", 2));

    private static final String CHINESE_DIGITS = "一二三四五六七八九";

    public boolean understood() {
        return score.isPresent();
    }

    public static SurveyReply parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String cleaned = normalise(text);
        if (cleaned.isEmpty()) {
            return UNKNOWN;
        }
        for (Map.Entry<String, Integer> word : WORDS) {
            if (cleaned.equals(word.getKey())) {
                return new SurveyReply(Optional.of(word.getValue()), List.of());
            }
        }
        List<Integer> scores = numbers(cleaned);
        if (scores == null || scores.isEmpty() || scores.stream().anyMatch(s -> s < 1 || s > 10)) {
            return UNKNOWN;
        }
        return new SurveyReply(Optional.of(scores.getFirst()), List.copyOf(scores.subList(1, scores.size())));
    }

    /** Full-width to ASCII, separators to one space, trailing punctuation away. */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '，' || c == ',' || c == '、' || c == '　' || c == '/' || c == ';' || c == '；'
                    || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (c == '。' || c == '.' || c == '!' || c == '！' || c == '~') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip().replaceAll(" +", " ");
    }

    /** The scores in the text, or null when something in it is not a score. */
    private static List<Integer> numbers(String text) {
        List<Integer> scores = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '分') {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i - start > 2) {
                    return null;
                }
                scores.add(Integer.parseInt(text.substring(start, i)));
            } else if (c == '十') {
                scores.add(10);
                i++;
            } else if (CHINESE_DIGITS.indexOf(c) >= 0) {
                scores.add(CHINESE_DIGITS.indexOf(c) + 1);
                i++;
            } else {
                return null;
            }
        }
        return scores;
    }
}
