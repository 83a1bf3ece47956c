package io.manyi.platform.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every bundle the pages read says the same things in Chinese and English: a key missing from
 * one language would show the other language, or the key itself, on a page. The default bundle
 * is the Chinese one.
 */
class MessageBundlesTest {

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndItsDefaultIsChinese() throws IOException {
        for (String basename : basenames()) {
            Properties base = load(basename + ".properties");
            Properties zh = load(basename + "_zh.properties");
            Properties en = load(basename + "_en.properties");
            assertThat(keys(en)).as("%s: keys in English and Chinese", basename).isEqualTo(keys(zh));
            assertThat(base).as("%s: the default bundle is the Chinese one", basename).isEqualTo(zh);
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String basename : basenames()) {
            for (String key : keys(load(basename + "_en.properties"))) {
                assertThat(seen.add(key)).as("%s is defined again in %s", key, basename).isTrue();
            }
        }
    }

    private static List<String> basenames() throws IOException {
        String list = load("application.properties").getProperty("spring.messages.basename");
        return Arrays.stream(list.split(",")).map(String::trim).toList();
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
