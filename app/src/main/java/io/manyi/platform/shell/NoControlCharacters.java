package io.manyi.platform.shell;

import io.manyi.platform.web.InputReason;
import io.manyi.platform.web.BadInput;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request parameter holding a NUL character before any handler runs: PostgreSQL cannot
 * store or even compare text with NUL ("invalid byte sequence"), so such a value reached the
 * database as a 500. (JSON bodies: {@code platform.web.JsonInputConfiguration}.)
 */
final class NoControlCharacters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw new BadInput(parameter.getKey(), InputReason.CONTROL, value);
                }
            }
        }
        return true;
    }
}
