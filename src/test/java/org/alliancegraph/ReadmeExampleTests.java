package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API snippet of the README compiles and runs, and prints what the README says it prints. */
class ReadmeExampleTests {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- java-api-example -->\\s*```java\\n(.*?)```\\s*.*?```text\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path folder;

    @Test
    @DisplayName("the README's Java example compiles against the jar's classes and prints the README's output")
    void readmeSnippet() throws Exception {
        Matcher m = SNIPPET.matcher(Files.readString(Path.of("README.md")));
        assertThat(m.find()).as("README.md holds a java-api-example block followed by its output").isTrue();
        String code = m.group(1);
        String expected = m.group(2);
        String className = code.replaceAll("(?s).*public class (\\w+).*", "$1");
        Path source = folder.resolve(className + ".java");
        Files.writeString(source, code);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int compiled = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d",
                folder.toString(), source.toString());
        assertThat(compiled).as("javac exit code").isZero();

        String output;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            PrintStream original = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                main.invoke(null, (Object) new String[] {TestGraph.database().server().boltUri().toString()});
            } finally {
                System.setOut(original);
            }
            output = captured.toString(StandardCharsets.UTF_8);
        }
        assertThat(output.lines().toList()).isEqualTo(List.copyOf(expected.lines().toList()));
    }
}
