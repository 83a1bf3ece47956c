package io.manyi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps "bad input never reaches a 5xx" closed for every endpoint, present and future: finds
 * every handler in the request mappings and, signed in as ADMIN (who reaches everything), sends
 * malformed values to each path variable, query parameter and body field (fields found by
 * reflection on the body's type; a body read as a String is tried with the fields of every record
 * its controller declares). Any 5xx fails, as does an API 4xx that is not a problem with a
 * {@code detail}, an error answer over 16 KB, or an answer naming a Java type (docs/security.md, "Bad input").
 */
@IntegrationTest
@AutoConfigureMockMvc
class BadInputGuardIntegrationTest {

    static final int MAX_ERROR_BYTES = 16 * 1024;
    static final List<String> LEAKS = List.of("java.", "tools.jackson", "com.fasterxml", "Exception", "io.manyi.");
    static final Pattern RAW_KEY = Pattern.compile("\\?\\?[\\w.-]+_\\w+\\?\\?");
    static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    /** Malformed values for path variables and query parameters. */
    static final List<String> BAD_VALUES = List.of("bad", "NOPE", "-1", "0", "1.5", "2147483648", "9223372036854775808",
            "99999999", "1e1000000", "2025-13", "99999-01", "2025-02-30", "x".repeat(10_000), "\u0000\uFFFF😀<>'\"", "",
            " ", "' or 1=1 --", "../../etc/passwd", "٣");

    /** Malformed JSON for a body field (raw JSON text). */
    static final List<String> BAD_JSON_VALUES = List.of("\"wrong\"", "1e1000000", "9223372036854775808", "-1", "1.5",
            "\"" + "x".repeat(10_000) + "\"", "null", "\"\\u0000\\uFFFF😀\"", "true", "{}", "[]", "\"\"");

    /** Whole malformed bodies. */
    static final List<String> BAD_BODIES = List.of("not json", "", "{}", "[]", "null", "{\"a\":", "1e1000000", "\"text\"");

    /** Names tried for a {@code @RequestParam Map} (filters, TMF attributes, form fields). */
    static final List<String> MAP_NAMES = List.of("offset", "limit", "page", "month", "status", "severity", "fields", "day",
            "msisdn", "reason");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    JsonMapper json;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Long> slowest = new TreeMap<>();
    private int requests;

    @Test
    void noMalformedValueReachesA5xxOrLeaksInternals() throws Exception {
        SubscriberFixture.load(jdbc, demoUsers);
        int handlers = 0;
        int parameters = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getName().startsWith("io.manyi.")) {
                continue; // Spring's own /error
            }
            handlers++;
            long started = System.nanoTime();
            parameters += new Fuzz(entry.getKey(), handler).run();
            slowest.put(entry.getKey().toString(), (System.nanoTime() - started) / 1_000_000);
        }
        System.out.printf("Bad input guard: %d handlers, %d parameters and body fields, %d requests, %d failures%n",
                handlers, parameters, requests, failures.size());
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("  slowest: %d ms %s%n", e.getValue(), e.getKey()));
        assertThat(handlers).as("handlers found").isGreaterThan(100);
        assertThat(failures).as("answers to bad input").isEmpty();
    }

    /** The requests for one handler. */
    private final class Fuzz {

        final HandlerMethod handler;
        final List<String> patterns;
        final HttpMethod method;
        final MediaType consumes;
        final Map<String, Class<?>> pathVariables = new LinkedHashMap<>();
        final Map<String, Class<?>> queryParameters = new LinkedHashMap<>();
        final Set<String> requiredParameters = new LinkedHashSet<>();
        String multipart;
        Class<?> bodyType;

        Fuzz(RequestMappingInfo info, HandlerMethod handler) {
            this.handler = handler;
            this.patterns = List.copyOf(info.getPatternValues());
            this.method = info.getMethodsCondition().getMethods().stream().findFirst()
                    .map(m -> HttpMethod.valueOf(m.name())).orElse(HttpMethod.GET);
            this.consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                    .orElse(MediaType.APPLICATION_JSON);
            for (Parameter parameter : handler.getMethod().getParameters()) {
                PathVariable path = parameter.getAnnotation(PathVariable.class);
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                ModelAttribute form = parameter.getAnnotation(ModelAttribute.class);
                if (path != null) {
                    pathVariables.put(name(path.value(), path.name(), parameter), parameter.getType());
                } else if (param != null && MultipartFile.class.isAssignableFrom(parameter.getType())) {
                    multipart = name(param.value(), param.name(), parameter);
                } else if (param != null && Map.class.isAssignableFrom(parameter.getType())) {
                    MAP_NAMES.forEach(n -> queryParameters.putIfAbsent(n, String.class));
                    recordsOf(handler.getBeanType()).forEach(r -> fields(r).forEach((n, t) -> queryParameters.putIfAbsent(n, t)));
                } else if (param != null) {
                    String name = name(param.value(), param.name(), parameter);
                    queryParameters.put(name, parameter.getType());
                    if (param.required() && param.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
                        requiredParameters.add(name);
                    }
                } else if (form != null) {
                    fields(parameter.getType()).forEach(queryParameters::putIfAbsent);
                } else if (parameter.getAnnotation(RequestBody.class) != null) {
                    bodyType = parameter.getType();
                }
            }
        }

        int run() throws Exception {
            for (String pattern : patterns) {
                for (String variable : pathVariables.keySet()) {
                    for (String bad : BAD_VALUES) {
                        if (!bad.isEmpty()) {
                            send(uri(pattern, Map.of(variable, bad)), validParameters(), validBody());
                        }
                    }
                }
            }
            String uri = uri(patterns.getFirst(), Map.of());
            for (String parameter : queryParameters.keySet()) {
                for (String bad : BAD_VALUES) {
                    Map<String, String> parameters = validParameters();
                    parameters.put(parameter, bad);
                    send(uri, parameters, validBody());
                }
            }
            Map<String, String> missing = validParameters();
            missing.keySet().removeAll(requiredParameters);
            send(uri, missing, validBody());
            int fields = 0;
            if (bodyType != null) {
                for (String body : BAD_BODIES) {
                    send(uri, validParameters(), body);
                }
                for (Map<String, Class<?>> shape : bodyShapes()) {
                    for (String field : shape.keySet()) {
                        fields++;
                        for (String bad : BAD_JSON_VALUES) {
                            send(uri, validParameters(), body(shape, field, bad));
                        }
                    }
                }
            }
            if (multipart != null) {
                sendMultipart(uri);
            }
            return pathVariables.size() + queryParameters.size() + fields + (multipart == null ? 0 : 1);
        }

        /** The fields a body may have: its record or class; for a String or Map body, every record of the controller. */
        List<Map<String, Class<?>>> bodyShapes() {
            if (bodyType == String.class || Map.class.isAssignableFrom(bodyType)) {
                List<Map<String, Class<?>>> shapes = new ArrayList<>();
                recordsOf(handler.getBeanType()).forEach(r -> shapes.add(fields(r)));
                if (Map.class.isAssignableFrom(bodyType)) {
                    Map<String, Class<?>> names = new LinkedHashMap<>();
                    List.of("description", "severity", "ticketType", "status", "name", "priority", "requestedResolutionDate",
                            "statusChangeReason", "note", "relatedParty", "channel").forEach(n -> names.put(n, String.class));
                    shapes.add(names);
                }
                return shapes;
            }
            return List.of(fields(bodyType));
        }

        String validBody() {
            if (bodyType == null) {
                return null;
            }
            List<Map<String, Class<?>>> shapes = bodyShapes();
            return shapes.isEmpty() ? "{}" : body(shapes.getFirst(), null, null);
        }

        String body(Map<String, Class<?>> shape, String field, String badValue) {
            StringBuilder body = new StringBuilder("{");
            shape.forEach((name, type) -> {
                if (body.length() > 1) {
                    body.append(',');
                }
                body.append('"').append(name).append("\":").append(name.equals(field) ? badValue : validJson(name, type));
            });
            return body.append('}').toString();
        }

        Map<String, String> validParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            queryParameters.forEach((name, type) -> {
                if (requiredParameters.contains(name)) {
                    parameters.put(name, valid(name, type));
                }
            });
            return parameters;
        }

        String uri(String pattern, Map<String, String> values) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder uri = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = values.containsKey(name) ? values.get(name) : validPath(name, m.group(2));
                m.appendReplacement(uri, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)));
            }
            m.appendTail(uri);
            return uri.toString();
        }

        String validPath(String name, String regex) {
            if (regex != null && regex.matches("[\\w|]+")) {
                return regex.split("\\|")[0];
            }
            return valid(name, pathVariables.getOrDefault(name, String.class));
        }

        void send(String uri, Map<String, String> parameters, String body) throws Exception {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, java.net.URI.create(uri));
            parameters.forEach(request::param);
            if (body != null) {
                request.contentType(consumes).content(body);
            }
            check(uri, parameters, body, request);
        }

        void sendMultipart(String uri) throws Exception {
            check(uri, Map.of(), "(garbage multipart)", MockMvcRequestBuilders.request(method, java.net.URI.create(uri))
                    .contentType("multipart/form-data; boundary=nope").content("--nope\r\ngarbage"));
            check(uri, Map.of(), "(file of garbage)", MockMvcRequestBuilders.multipart(uri)
                    .file(new MockMultipartFile(multipart, "x.csv", "text/csv", "\u0000\u0001garbage,\"\n".getBytes())));
            check(uri, Map.of(), "(no file)", MockMvcRequestBuilders.multipart(uri));
        }

        void check(String uri, Map<String, String> parameters, String body, AbstractMockHttpServletRequestBuilder<?> request)
                throws Exception {
            requests++;
            MockHttpServletResponse response = mvc.perform(request.with(user("admin").roles("ADMIN")).with(csrf()))
                    .andReturn().getResponse();
            int status = response.getStatus();
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            String what = method + " " + cut(uri) + " " + cut(parameters.toString()) + (body == null ? "" : " body " + cut(body));
            boolean api = uri.startsWith("/api/") || uri.startsWith("/tmf-api/");
            if (status >= 500) {
                fail(what, status + ": " + cut(text));
            } else if (status >= 400) {
                if (text.length() > MAX_ERROR_BYTES) {
                    fail(what, status + " with " + text.length() + " characters");
                }
                LEAKS.stream().filter(text::contains).findFirst().ifPresent(leak -> fail(what, status + " names " + leak + ": " + cut(text)));
                if (api && status != 401 && status != 403) {
                    String type = String.valueOf(response.getContentType());
                    String detail = detail(text);
                    if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE) || detail == null || detail.isBlank()) {
                        fail(what, status + " is not a problem with a detail (" + type + "): " + cut(text));
                    }
                }
            }
            if (RAW_KEY.matcher(text).find() || text.contains("Whitelabel")) {
                fail(what, status + " shows a raw message key or Spring's page");
            }
        }

        String detail(String text) {
            try {
                JsonNode node = json.readTree(text);
                return node.path("detail").isString() ? node.path("detail").asString() : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        void fail(String what, String why) {
            if (failures.size() < 400) {
                failures.add(what + " -> " + why);
            }
        }
    }

    static String name(String value, String name, Parameter parameter) {
        return !value.isEmpty() ? value : !name.isEmpty() ? name : parameter.getName();
    }

    static List<Class<?>> recordsOf(Class<?> controller) {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> nested : controller.getDeclaredClasses()) {
            if (nested.isRecord()) {
                records.add(nested);
            }
        }
        return records;
    }

    /** A type's fields by reflection: a record's components, a class's instance fields. */
    static Map<String, Class<?>> fields(Class<?> type) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getType());
            }
        } else if (!type.getName().startsWith("java.")) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        fields.putIfAbsent(field.getName(), field.getType());
                    }
                }
            }
        }
        return fields;
    }

    /** A plausible value for a parameter, by its name and type. */
    static String valid(String name, Class<?> type) {
        String lower = name.toLowerCase();
        if (type == YearMonth.class || lower.contains("month") || lower.equals("round")) {
            return "2025-01";
        }
        if (type == LocalDate.class || lower.equals("day") || lower.contains("date")) {
            return "2025-01-15";
        }
        if (type == Instant.class || lower.endsWith("at")) {
            return "2025-01-15T10:00:00Z";
        }
        if (lower.contains("msisdn") || lower.equals("from") || lower.equals("to")) {
            return SubscriberFixture.OF_PM02;
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "1";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return "x";
    }

    static String validJson(String name, Class<?> type) {
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return type == BigDecimal.class || type == double.class || type == Double.class ? "1.5" : "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "[]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "{}";
        }
        return "\"" + valid(name, type) + "\"";
    }

    static String cut(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + ")";
    }

}
