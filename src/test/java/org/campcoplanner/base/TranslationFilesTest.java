package org.campcoplanner.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message files under {@code i18n/}: each feature's file in every language the app speaks has
 * the same keys, every text is well formed for MessageFormat, and every key is used by the code.
 */
class TranslationFilesTest {

    private static final Path FILES = Path.of("src/main/resources/i18n");
    private static final Path CODE = Path.of("src/main/java");
    // a key built from a literal prefix and a value, e.g. "people.credential." + code
    private static final Pattern PREFIX = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.)\"\\s*\\+");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyFeatureFileHasTheSameKeysInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishFiles()) {
            Set<String> keys = load(english).stringPropertyNames();
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                Path translated = english.resolveSibling(english.getFileName().toString()
                        .replace(".properties", "_" + language.tag() + ".properties"));
                if (!Files.exists(translated)) {
                    problems.add(translated + " is missing");
                    continue;
                }
                Set<String> other = load(translated).stringPropertyNames();
                difference(keys, other).forEach(key -> problems.add(translated.getFileName() + " lacks " + key));
                difference(other, keys).forEach(key -> problems.add(english.getFileName() + " lacks " + key));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextIsWellFormedAndWritesItsApostrophesTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> all = Files.list(FILES)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (text.isBlank()) {
                        problems.add(file.getFileName() + ": " + key + " is empty");
                    } else if (LONE_APOSTROPHE.matcher(text).find()) {
                        problems.add(file.getFileName() + ": " + key + " has an apostrophe written once");
                    } else {
                        try {
                            new MessageFormat(text, Locale.ROOT);
                        } catch (IllegalArgumentException e) {
                            problems.add(file.getFileName() + ": " + key + " " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String code;
        try (Stream<Path> sources = Files.walk(CODE)) {
            code = sources.filter(p -> p.toString().endsWith(".java")).map(TranslationFilesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> prefixes = new TreeSet<>();
        Matcher prefix = PREFIX.matcher(code);
        while (prefix.find()) {
            prefixes.add(prefix.group(1));
        }
        List<String> unused = new ArrayList<>();
        for (Path english : englishFiles()) {
            for (String key : load(english).stringPropertyNames()) {
                boolean literal = code.contains("\"" + key + "\"");
                boolean built = prefixes.stream().anyMatch(key::startsWith);
                if (!literal && !built) {
                    unused.add(english.getFileName() + ": " + key);
                }
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    private static List<Path> englishFiles() throws IOException {
        try (Stream<Path> all = Files.list(FILES)) {
            return all.filter(p -> p.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
        }
    }

    private static Set<String> difference(Set<String> of, Set<String> without) {
        Set<String> left = new TreeSet<>(of);
        left.removeAll(without);
        return left;
    }

    private static Properties load(Path file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
