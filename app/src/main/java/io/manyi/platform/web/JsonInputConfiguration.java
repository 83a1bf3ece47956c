package io.manyi.platform.web;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the application's JSON mapper reads numbers from callers. By default Jackson truncates
 * {@code 1.5} into a whole-number field (a transfer of 1.5 points moved 1) and reads
 * {@code 1e1000000} into a BigDecimal that prints as a megabyte of digits; both are refused
 * here, as is a number of more than 64 characters, and text with a NUL character.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    /** Digits before the decimal point that any amount, score or count of ours can need. */
    static final int MAX_INTEGER_DIGITS = 18;
    static final int MAX_DECIMALS = 20;

    @Bean
    JsonFactoryBuilderCustomizer boundedNumbers() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(64).build());
    }

    @Bean
    JsonMapperBuilderCustomizer strictNumbers() {
        SimpleModule numbers = new SimpleModule("manyi-numbers");
        numbers.addDeserializer(BigDecimal.class, new BoundedDecimal());
        numbers.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        numbers.addDeserializer(double.class, new FiniteDouble(Double.TYPE, 0.0));
        numbers.addDeserializer(String.class, new TextWithoutNul());
        return mapper -> mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).addModule(numbers);
    }

    /** A decimal with a sane exponent: {@code 1e1000000} is refused as out of range. */
    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS)) {
                throw outOfRange(p);
            }
            return value;
        }
    }

    /** A double that overflowed to infinity (or was NaN) is refused, not stored. */
    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {
        FiniteDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw outOfRange(p);
            }
            return value;
        }
    }

    /** Text with a NUL character: PostgreSQL cannot store or compare it (a 500 otherwise). */
    static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(p, "NUL in text", value, String.class);
            }
            return value;
        }
    }

    /** Jackson's own out-of-range failure, so the field's path is added on the way out (JsonInputErrors). */
    private static InputCoercionException outOfRange(JsonParser p) {
        return new InputCoercionException(p, "number out of range", p.currentToken(), Number.class);
    }
}
