package org.campcoplanner.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No words written into a view's code: every text a person reads on a page comes from a key of
 * the message files (see {@code TranslationFilesTest}), so it is there in every language. Views
 * not yet moved to keys are listed below; the list only shrinks, and a listed view that has no
 * words left fails the test until it is taken off.
 */
class LiteralTextTest {

    private static final Path CODE = Path.of("src/main/java/org/campcoplanner");

    /** Texts reaching a component: its constructor's caption, a setter of its words, a notification, a title. */
    private static final Pattern WORDS = Pattern.compile(String.join("|",
            "new (Span|Paragraph|H[1-6]|Button|Checkbox|TextField|TextArea|PasswordField|EmailField|IntegerField"
                    + "|NumberField|BigDecimalField|DatePicker|DateTimePicker|TimePicker|ComboBox|MultiSelectComboBox"
                    + "|Details|Tab|SideNavItem|ListItem|NativeLabel|Emphasis|Strong|Upload|Notification)"
                    + "\\(\\s*\"[A-Za-z]",
            "new Anchor\\([^,()]+,\\s*\"[A-Za-z]",
            "\\.(setText|setHeader|setLabel|setHelperText|setPlaceholder|setTitle|setAriaLabel|setErrorMessage"
                    + "|setSummaryText|setTooltipText|setMessage|setSubmit|setUsername|setPassword)"
                    // an HTTP header such as Retry-After is no text a person reads
                    + "\\(\\s*\"(?![A-Z][a-z]+-[A-Z])[A-Za-z]",
            "Notifications\\.\\w+\\(\\s*\"[A-Za-z]",
            "Notification\\.show\\(\\s*\"[A-Za-z]",
            "@PageTitle\\(\""));

    /** Views whose words are still written in their code, in English only. */
    private static final Set<String> NOT_YET_TRANSLATED = Set.of();

    @Test
    void viewsTakeTheirWordsFromKeys() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        for (Path view : views()) {
            String name = CODE.relativize(view).toString().replace('\\', '/');
            String source = Files.readString(view);
            Matcher words = WORDS.matcher(source);
            boolean hasWords = words.find();
            if (NOT_YET_TRANSLATED.contains(name)) {
                if (!hasWords) {
                    clean.add(name);
                }
            } else if (hasWords) {
                found.add(name + ":" + line(source, words.start()) + ": " + words.group());
            }
        }
        assertThat(found).as("words written into views instead of taken from keys").isEmpty();
        assertThat(clean).as("views taking all their words from keys: take them off NOT_YET_TRANSLATED").isEmpty();
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(CODE)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/ui/")).sorted().toList();
        }
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
