package org.campcoplanner.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A choice arm that holds a parameter, as in {@code {0,choice,1#1 seat|1<{0,number,integer} seats}},
 * is formatted a second time by MessageFormat, which then takes a doubled apostrophe for a quote and
 * drops it: "3 places sans lattestation". Such arms keep their apostrophes out; the words after the
 * choice may have them.
 */
class ChoiceArmsTest {

    private static final Path FILES = Path.of("src/main/resources/i18n");

    @Test
    void noChoiceArmWithAParameterHasAnApostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> all = Files.list(FILES)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Properties texts = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    texts.load(in);
                }
                for (String key : texts.stringPropertyNames()) {
                    for (String arm : choiceArms(texts.getProperty(key))) {
                        if (arm.contains("{") && arm.contains("'")) {
                            problems.add(file.getFileName() + ": " + key + ": " + arm);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The arms of every {@code {n,choice,...}} in a text, each without its limit. */
    static List<String> choiceArms(String text) {
        List<String> arms = new ArrayList<>();
        int at = text.indexOf(",choice,");
        while (at >= 0) {
            int depth = 1;
            int start = at + ",choice,".length();
            StringBuilder arm = new StringBuilder();
            int i = start;
            for (; i < text.length() && depth > 0; i++) {
                char c = text.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
                if (c == '|' && depth == 1) {
                    arms.add(arm.toString());
                    arm.setLength(0);
                } else {
                    arm.append(c);
                }
            }
            arms.add(arm.toString());
            at = text.indexOf(",choice,", i);
        }
        return arms.stream().map(a -> a.replaceFirst("^[^#<]*[#<]", "")).toList();
    }
}
