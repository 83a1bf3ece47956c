package io.manyi.intake.bench;

import io.manyi.intake.ImportFailure;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes a synthetic province with {@code io.manyi.province.ProvinceCsvWriter}. The generator is
 * built on another branch; until the two meet in one build it is looked up by name, so that the
 * benchmark works as soon as it is there. Once merged, replace the body with the direct call:
 * {@code ProvinceCsvWriter.write(new ProvinceSpec(subscribers, lastMonth, months, seed), dir)}.
 */
final class ProvinceGeneration {

    private static final String WRITER = "io.manyi.province.ProvinceCsvWriter";
    private static final String SPEC = "io.manyi.province.ProvinceSpec";

    private ProvinceGeneration() {
    }

    static void generate(int subscribers, YearMonth lastMonth, int months, long seed, Path dir) {
        try {
            Class<?> specClass = Class.forName(SPEC);
            Class<?> writerClass = Class.forName(WRITER);
            Object spec = newSpec(specClass, subscribers, lastMonth, months, seed);
            Method write = writerClass.getMethod("write", specClass, Path.class);
            Object target = Modifier.isStatic(write.getModifiers()) ? null : writerClass.getConstructor().newInstance();
            write.invoke(target, spec, dir);
        } catch (ClassNotFoundException e) {
            throw new ImportFailure("The synthetic province generator is not in this build yet; "
                    + "pass --from DIR with a generated province instead");
        } catch (InvocationTargetException e) {
            throw new ImportFailure("Generating the province failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ImportFailure("The province generator does not have the expected shape: " + e, e);
        }
    }

    private static Object newSpec(Class<?> specClass, int subscribers, YearMonth lastMonth, int months, long seed)
            throws ReflectiveOperationException {
        for (Constructor<?> constructor : specClass.getConstructors()) {
            Class<?>[] types = constructor.getParameterTypes();
            if (types.length == 4 && types[1] == YearMonth.class) {
                return constructor.newInstance(number(types[0], subscribers), lastMonth, number(types[2], months),
                        number(types[3], seed));
            }
        }
        throw new NoSuchMethodException(SPEC + "(subscribers, lastMonth, months, seed)");
    }

    private static Object number(Class<?> type, long value) {
        return type == int.class || type == Integer.class ? (Object) (int) value : (Object) value;
    }
}
