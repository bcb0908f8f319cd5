package app.mitra.common.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns refused input into the messages an HTML form shows next to its fields. A problem's message
 * is a message key when the web layer made it, or the domain's plain sentence, shown as it is.
 */
@Component
public class FormProblems {

    private final MessageSource messages;

    FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Field name (without list indexes or sub-fields) to its first problem, ready to show. */
    public Map<String, String> of(InvalidInputException refused, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : refused.problems()) {
            byField.putIfAbsent(formField(problem.field()), sentence(problem.message(), locale));
        }
        return byField;
    }

    private String sentence(String message, Locale locale) {
        String text = messages.getMessage(message, null, message, locale);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String formField(String field) {
        int end = field.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = field.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }
}
