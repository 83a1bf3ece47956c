package io.manyi.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void acceptsTheStandardsExampleAndRejectsAWrongCheckDigit() {
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.isValid("11010519491331002X")).as("month 13").isFalse();
        assertThat(IdNumbers.isValid("1101051949123100")).isFalse();
    }

    @Test
    void generatedNumbersCarryBirthDateGenderAndAValidCheckDigit() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(rng.nextInt(30_000));
            char gender = rng.nextBoolean() ? 'M' : 'F';
            String id = IdNumbers.of("440106", born, rng.nextInt(), gender);

            assertThat(id).hasSize(18).startsWith("440106");
            assertThat(IdNumbers.isValid(id)).as(id).isTrue();
            assertThat(IdNumbers.birthDate(id)).isEqualTo(born);
            assertThat(IdNumbers.gender(id)).isEqualTo(gender);
        }
    }
}
