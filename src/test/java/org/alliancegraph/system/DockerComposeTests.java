package org.alliancegraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What can be checked of docker-compose.yml without a Docker engine: the image, where the ports
 * listen, that no password is written in it, the data volume, the health check and APOC.
 *
 * <p>Each check is a small function that returns the problems it finds; the tests after the
 * file's own feed every check broken samples, so that each is shown to fail when it should.
 */
class DockerComposeTests {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final String SERVICE = "neo4j";
    private static final Set<String> TOP_LEVEL = Set.of("version", "name", "services", "networks", "volumes", "configs",
            "secrets", "include");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(pass|pwd|secret|token|auth|credential).*");
    /** A compose interpolation: ${VAR}, ${VAR:?message}, ${VAR?message}, ${VAR:-default}, ${VAR-default}, ${VAR:+x}, $VAR. */
    private static final Pattern INTERPOLATION = Pattern.compile(
            "\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern LOOPBACK_PORT = Pattern.compile(
            "127\\.0\\.0\\.1:(?:\\d+(?:-\\d+)?)?:(\\d+)(?:-\\d+)?(?:/(?:tcp|udp))?");
    private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?:^|\\s)(--password|-p)(?:\\s+|=)(\\S+)");
    /** A shell expansion that compose passes on to the container: $${VAR...} or $$VAR. */
    private static final Pattern SHELL_EXPANSION = Pattern.compile("\\$\\$\\{[^}]*}|\\$\\$[A-Za-z_][A-Za-z0-9_]*");

    private static Map<String, Object> compose;
    private static Map<String, Object> neo4j;

    @BeforeAll
    static void read() throws IOException {
        compose = parse(Files.readString(COMPOSE));
        neo4j = map(services(compose).get(SERVICE));
    }

    @Test
    @DisplayName("the file is one YAML mapping with only compose's top-level keys and the neo4j service")
    void structure() {
        assertThat(compose.keySet()).allSatisfy(key -> assertThat(TOP_LEVEL.contains(key) || key.startsWith("x-"))
                .as("top-level key %s", key).isTrue());
        assertThat(services(compose)).containsKey(SERVICE);
        assertThat(neo4j).as("the neo4j service").isNotEmpty();
        assertThat(interpolationProblems(compose)).isEmpty();
    }

    @Test
    @DisplayName("the image is Neo4j 5.26 Community, pinned to the LTS line and the same one the container tests use")
    void image() {
        String image = String.valueOf(neo4j.get("image"));

        assertThat(imageProblem(image)).isEmpty();
        assertThat(image).isEqualTo(Neo4jContainerTests.IMAGE);
    }

    @Test
    @DisplayName("Bolt and HTTP are published, and every published port listens on 127.0.0.1 only")
    void ports() {
        List<Object> ports = list(neo4j.get("ports"));

        assertThat(ports).isNotEmpty();
        assertThat(ports).allSatisfy(port -> assertThat(portProblem(port)).isEmpty());
        assertThat(ports.stream().map(DockerComposeTests::containerPort)).contains(Optional.of(7474), Optional.of(7687));
        assertThat(neo4j.get("network_mode")).as("network_mode").isNull();
    }

    @Test
    @DisplayName("authentication comes from NEO4J_PASSWORD, which compose requires, and no password is written in the file")
    void noPasswordInTheFile() {
        Map<String, String> environment = environment(neo4j);

        assertThat(environment.get("NEO4J_AUTH")).matches("neo4j/\\$\\{NEO4J_PASSWORD:\\?[^}]*}");
        assertThat(environment.entrySet()).allSatisfy(e -> assertThat(literalSecretProblem(e.getKey(), e.getValue()))
                .as(e.getKey()).isEmpty());
        assertThat(commandSecretProblems(compose)).isEmpty();
        assertThat(neo4j).doesNotContainKey("env_file");
    }

    @Test
    @DisplayName("the database lives in a named volume declared at the top level")
    void dataVolume() {
        assertThat(dataVolumeProblem(list(neo4j.get("volumes")), compose.get("volumes"))).isEmpty();
    }

    @Test
    @DisplayName("a health check probes Neo4j itself")
    void healthCheck() {
        assertThat(healthCheckProblem(neo4j.get("healthcheck"))).isEmpty();
    }

    @Test
    @DisplayName("APOC core is enabled through the image's plugin mechanism")
    void apoc() {
        assertThat(apocProblem(environment(neo4j))).isEmpty();
    }

    // ---- the checks fail when they should ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"neo4j:5.26-community", "neo4j:5.26.12-community", "neo4j:5.26",
        "docker.io/library/neo4j:5.26-community"})
    @DisplayName("the image check accepts a 5.26 Community image")
    void goodImages(String image) {
        assertThat(imageProblem(image)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"neo4j", "neo4j:latest", "neo4j:5", "neo4j:5-community", "neo4j:5.2", "neo4j:5.260",
        "neo4j:2025.01-community", "neo4j:5.26-enterprise", "someone/neo4j:5.26-community", "postgres:5.26"})
    @DisplayName("the image check rejects any other image, latest included")
    void badImages(String image) {
        assertThat(imageProblem(image)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodPortsSamples")
    @DisplayName("the port check accepts ports bound to 127.0.0.1")
    void goodPorts(Object port) {
        assertThat(portProblem(port)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPortsSamples")
    @DisplayName("the port check rejects ports open beyond the loopback")
    void badPorts(Object port) {
        assertThat(portProblem(port)).isPresent();
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("literalSecretsSamples")
    @DisplayName("the password scan finds a password written in an environment value")
    void literalSecrets(String key, String value) {
        assertThat(literalSecretProblem(key, value)).isPresent();
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("referencedSecretsSamples")
    @DisplayName("the password scan lets a password taken from the environment pass")
    void referencedSecrets(String key, String value) {
        assertThat(literalSecretProblem(key, value)).isEmpty();
    }

    @Test
    @DisplayName("the NEO4J_AUTH rule rejects a default, an optional variable and a literal")
    void authRule() {
        String rule = "neo4j/\\$\\{NEO4J_PASSWORD:\\?[^}]*}";

        assertThat("neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}").matches(rule);
        assertThat(List.of("neo4j/${NEO4J_PASSWORD:-changeme}", "neo4j/${NEO4J_PASSWORD}",
                "neo4j/${NEO4J_PASSWORD?unset}", "neo4j/secret123", "none", "neo4j/${NEO4J_PASSWORD:?x}x"))
                .allSatisfy(value -> assertThat(value).doesNotMatch(rule));
    }

    @Test
    @DisplayName("the password scan finds a password written in a command or health check")
    void commandSecrets() {
        Map<String, Object> leaky = parse("""
                services:
                  neo4j:
                    healthcheck:
                      test: ["CMD", "cypher-shell", "-u", "neo4j", "-p", "letmein99", "RETURN 1"]
                """);
        Map<String, Object> inline = parse("""
                services:
                  neo4j:
                    command: cypher-shell --password=letmein99
                """);
        Map<String, Object> assigned = parse("""
                services:
                  neo4j:
                    healthcheck:
                      test: ["CMD-SHELL", "NEO4J_PASSWORD=letmein99 cypher-shell 'RETURN 1'"]
                """);
        Map<String, Object> unrelated = parse("""
                services:
                  neo4j:
                    command: sh -c "mkdir -p /data/x && neo4j"
                """);
        Map<String, Object> referenced = parse("""
                services:
                  neo4j:
                    healthcheck:
                      test: ["CMD-SHELL", "cypher-shell -u neo4j -p \\"$${NEO4J_AUTH#*/}\\" 'RETURN 1'"]
                """);

        assertThat(commandSecretProblems(leaky)).isNotEmpty();
        assertThat(commandSecretProblems(inline)).isNotEmpty();
        assertThat(commandSecretProblems(assigned)).isNotEmpty();
        assertThat(commandSecretProblems(unrelated)).isEmpty();
        assertThat(commandSecretProblems(referenced)).isEmpty();
    }

    @Test
    @DisplayName("the interpolation check rejects a '$' that compose cannot interpolate")
    void interpolation() {
        assertThat(interpolationProblems(parse("a: \"${NEO4J_AUTH#*/}\""))).isNotEmpty();
        assertThat(interpolationProblems(parse("a: \"$${NEO4J_AUTH#*/} ${X:?y} $Y\""))).isEmpty();
    }

    @Test
    @DisplayName("the volume check rejects a /data that is not a declared, writable named volume")
    void dataVolumes() {
        Map<String, Object> declared = new LinkedHashMap<>();
        declared.put("neo4j-data", null);

        assertThat(dataVolumeProblem(List.of("neo4j-data:/data"), declared)).isEmpty();
        assertThat(dataVolumeProblem(List.of(Map.of("type", "volume", "source", "neo4j-data", "target", "/data")),
                declared)).isEmpty();
        assertThat(dataVolumeProblem(List.of("./data:/data"), declared)).isPresent();
        assertThat(dataVolumeProblem(List.of("/srv/neo4j:/data"), declared)).isPresent();
        assertThat(dataVolumeProblem(List.of("other:/data"), declared)).isPresent();
        assertThat(dataVolumeProblem(List.of("neo4j-data:/logs"), declared)).isPresent();
        assertThat(dataVolumeProblem(List.of("neo4j-data:/data:ro"), declared)).isPresent();
        assertThat(dataVolumeProblem(List.of(Map.of("type", "bind", "source", "./data", "target", "/data")),
                declared)).isPresent();
        assertThat(dataVolumeProblem(List.of(), declared)).isPresent();
        assertThat(dataVolumeProblem(List.of("neo4j-data:/data"), null)).isPresent();
    }

    @Test
    @DisplayName("the health-check rule rejects a missing, disabled or irrelevant health check")
    void healthChecks() {
        assertThat(healthCheckProblem(Map.of("test", List.of("CMD", "wget", "-q", "--spider", "http://localhost:7474"))))
                .isEmpty();
        assertThat(healthCheckProblem(Map.of("test", "cypher-shell 'RETURN 1'"))).isEmpty();
        assertThat(healthCheckProblem(null)).isPresent();
        assertThat(healthCheckProblem(Map.of("disable", true, "test", List.of("CMD", "cypher-shell")))).isPresent();
        assertThat(healthCheckProblem(Map.of("test", List.of("NONE")))).isPresent();
        assertThat(healthCheckProblem(Map.of("test", List.of("CMD", "true")))).isPresent();
        assertThat(healthCheckProblem(Map.of("interval", "10s"))).isPresent();
    }

    @Test
    @DisplayName("the APOC check rejects APOC missing, misspelled or not given as a JSON list")
    void apocSettings() {
        assertThat(apocProblem(Map.of("NEO4J_PLUGINS", "[\"apoc\"]"))).isEmpty();
        assertThat(apocProblem(Map.of("NEO4J_PLUGINS", "[\"graph-data-science\", \"apoc\"]"))).isEmpty();
        assertThat(apocProblem(Map.of())).isPresent();
        assertThat(apocProblem(Map.of("NEO4J_PLUGINS", "[]"))).isPresent();
        assertThat(apocProblem(Map.of("NEO4J_PLUGINS", "[\"apoc-extended\"]"))).isPresent();
        assertThat(apocProblem(Map.of("NEO4J_PLUGINS", "apoc"))).isPresent();
        assertThat(apocProblem(Map.of("NEO4JLABS_PLUGINS", "[\"apoc\"]"))).isPresent();
    }

    static Stream<Arguments> goodPortsSamples() {
        return Stream.of(Arguments.of("127.0.0.1:7687:7687"), Arguments.of("127.0.0.1:7474:7474/tcp"),
                Arguments.of("127.0.0.1::7687"),
                Arguments.of(Map.of("target", 7687, "published", "7687", "host_ip", "127.0.0.1")));
    }

    static Stream<Arguments> badPortsSamples() {
        return Stream.of(Arguments.of("7687:7687"), Arguments.of("0.0.0.0:7687:7687"), Arguments.of("7687"),
                Arguments.of(7687), Arguments.of("127.0.0.2:7687:7687"), Arguments.of("[::]:7687:7687"),
                Arguments.of("${BIND:-127.0.0.1}:7687:7687"),
                Arguments.of(Map.of("target", 7687, "published", 7687)),
                Arguments.of(Map.of("target", 7687, "published", 7687, "host_ip", "0.0.0.0")));
    }

    static Stream<Arguments> literalSecretsSamples() {
        return Stream.of(Arguments.of("NEO4J_AUTH", "neo4j/secret123"),
                Arguments.of("NEO4J_AUTH", "neo4j/${NEO4J_PASSWORD:-changeme}"),
                Arguments.of("NEO4J_AUTH", "neo4j/${NEO4J_PASSWORD-changeme}"),
                Arguments.of("NEO4J_AUTH", "neo4j/${NEO4J_PASSWORD}2024"),
                Arguments.of("NEO4J_AUTH", "none"),
                Arguments.of("DB_PASSWORD", "hunter22"),
                Arguments.of("NEO4J_dbms_some_setting", "${NEO4J_PASSWORD:-fallback}"),
                Arguments.of("API_TOKEN", "abc"),
                Arguments.of("NEO4J_dbms_security_auth__enabled", "false"));
    }

    static Stream<Arguments> referencedSecretsSamples() {
        return Stream.of(Arguments.of("NEO4J_AUTH", "neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}"),
                Arguments.of("APP_PASSWORD", "${APP_PASSWORD:?required}"),
                Arguments.of("APP_PASSWORD", "$APP_PASSWORD"),
                Arguments.of("NEO4J_PLUGINS", "[\"apoc\"]"),
                Arguments.of("NEO4J_server_memory_heap_max__size", "1G"),
                Arguments.of("NEO4J_dbms_security_auth__minimum__password__length", "12"));
    }

    // ---- the checks ----

    static Optional<String> imageProblem(String image) {
        Matcher m = Pattern.compile("(?:docker\\.io/(?:library/)?)?([^:@/]+(?:/[^:@]+)?)(?::([^@]+))?(?:@.+)?").matcher(image);
        if (!m.matches() || !m.group(1).equals("neo4j")) {
            return Optional.of("not the official neo4j image: " + image);
        }
        String tag = m.group(2);
        if (tag == null || tag.equals("latest")) {
            return Optional.of("no pinned tag: " + image);
        }
        if (!tag.matches("5\\.26(?:\\.\\d+)?(?:-.+)?")) {
            return Optional.of("not the 5.26 line: " + image);
        }
        if (tag.contains("enterprise")) {
            return Optional.of("not the Community edition: " + image);
        }
        return Optional.empty();
    }

    static Optional<String> portProblem(Object port) {
        if (port instanceof Map<?, ?> longSyntax) {
            Object hostIp = longSyntax.get("host_ip");
            return "127.0.0.1".equals(String.valueOf(hostIp)) ? Optional.empty()
                    : Optional.of("long-syntax port not bound to 127.0.0.1: " + port);
        }
        if (port instanceof String shortSyntax && LOOPBACK_PORT.matcher(shortSyntax).matches()) {
            return Optional.empty();
        }
        return Optional.of("port not bound to 127.0.0.1: " + port);
    }

    static Optional<Integer> containerPort(Object port) {
        if (port instanceof Map<?, ?> longSyntax) {
            return Optional.ofNullable(longSyntax.get("target")).map(t -> Integer.valueOf(String.valueOf(t)));
        }
        Matcher m = LOOPBACK_PORT.matcher(String.valueOf(port));
        return m.matches() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /**
     * A value of a secret-looking variable must consist only of references to the environment
     * without defaults (NEO4J_AUTH may add its user name); a secret-looking variable referenced with
     * a default is a written password wherever it appears.
     */
    static Optional<String> literalSecretProblem(String key, String value) {
        String v = value == null ? "" : value;
        Matcher m = INTERPOLATION.matcher(v);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            String operator = m.group(2);
            if (SECRET_NAME.matcher(name).matches() && operator != null && operator.endsWith("-")) {
                return Optional.of(key + " gives " + name + " a default");
            }
        }
        if (!SECRET_NAME.matcher(key).matches()) {
            return Optional.empty();
        }
        if (key.equals("NEO4J_AUTH") && v.equalsIgnoreCase("none")
                || lower(key).contains("auth") && lower(key).contains("enabled") && v.equalsIgnoreCase("false")) {
            return Optional.of(key + " turns authentication off");
        }
        if (v.matches("\\d+|(?i:true|false)")) {
            return Optional.empty(); // a setting about passwords, such as a minimum length
        }
        String rest = INTERPOLATION.matcher(key.equals("NEO4J_AUTH") ? v.replaceFirst("^neo4j/", "") : v).replaceAll("");
        return rest.isBlank() ? Optional.empty() : Optional.of(key + " holds a literal: " + rest);
    }

    /** Passwords written on a command line: command, entrypoint and health check of every service. */
    static List<String> commandSecretProblems(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        for (Object service : services(compose).values()) {
            Map<String, Object> s = map(service);
            List<Object> commands = new ArrayList<>();
            commands.add(s.get("command"));
            commands.add(s.get("entrypoint"));
            if (s.get("healthcheck") instanceof Map<?, ?> health) {
                commands.add(health.get("test"));
            }
            for (Object command : commands) {
                String line = command instanceof List<?> words ? String.join(" ", words.stream().map(String::valueOf).toList())
                        : command == null ? "" : String.valueOf(command);
                Matcher m = PASSWORD_OPTION.matcher(line);
                while (m.find()) {
                    boolean passwordOption = m.group(1).equals("--password") || line.contains("cypher-shell");
                    String argument = m.group(2).replaceAll("^[\"']", "");
                    if (passwordOption && !argument.startsWith("$")) {
                        problems.add("a password on a command line: " + line);
                    }
                }
                for (Map.Entry<String, String> inline : inlineAssignments(line).entrySet()) {
                    String value = SHELL_EXPANSION.matcher(inline.getValue()).replaceAll("");
                    literalSecretProblem(inline.getKey(), value).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    private static Map<String, String> inlineAssignments(String line) {
        Map<String, String> assignments = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S+)").matcher(line);
        while (m.find()) {
            assignments.put(m.group(1), m.group(2).replaceAll("^[\"']|[\"']$", ""));
        }
        return assignments;
    }

    /** Every '$' in a value must be one that compose can interpolate, or escaped as '$$'. */
    static List<String> interpolationProblems(Object node) {
        List<String> problems = new ArrayList<>();
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> problems.addAll(interpolationProblems(v)));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> problems.addAll(interpolationProblems(v)));
        } else if (node instanceof String s) {
            String rest = INTERPOLATION.matcher(s.replace("$$", "")).replaceAll("");
            if (rest.contains("$")) {
                problems.add("compose cannot interpolate: " + s);
            }
        }
        return problems;
    }

    static Optional<String> dataVolumeProblem(List<Object> mounts, Object declaredVolumes) {
        Set<String> declared = declaredVolumes instanceof Map<?, ?> m ? new TreeSet<>(m.keySet().stream().map(String::valueOf).toList())
                : Set.of();
        for (Object mount : mounts) {
            String source;
            String target;
            boolean readOnly;
            if (mount instanceof Map<?, ?> longSyntax) {
                if (!"volume".equals(longSyntax.get("type"))) {
                    continue;
                }
                source = String.valueOf(longSyntax.get("source"));
                target = String.valueOf(longSyntax.get("target"));
                readOnly = Boolean.TRUE.equals(longSyntax.get("read_only"));
            } else {
                String[] parts = String.valueOf(mount).split(":");
                if (parts.length < 2) {
                    continue;
                }
                source = parts[0];
                target = parts[1];
                readOnly = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
            }
            if (!target.equals("/data") && !target.equals("/data/")) {
                continue;
            }
            if (!VOLUME_NAME.matcher(source).matches()) {
                return Optional.of("/data is not a named volume: " + mount);
            }
            if (!declared.contains(source)) {
                return Optional.of("volume " + source + " is not declared under the top-level volumes");
            }
            if (readOnly) {
                return Optional.of("/data is mounted read-only: " + mount);
            }
            return Optional.empty();
        }
        return Optional.of("no named volume is mounted at /data");
    }

    static Optional<String> healthCheckProblem(Object healthCheck) {
        if (!(healthCheck instanceof Map<?, ?> h)) {
            return Optional.of("no healthcheck");
        }
        if (Boolean.TRUE.equals(h.get("disable"))) {
            return Optional.of("the healthcheck is disabled");
        }
        Object test = h.get("test");
        List<String> words = test instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : test == null ? List.of() : List.of(String.valueOf(test));
        if (words.isEmpty() || words.get(0).equals("NONE")) {
            return Optional.of("the healthcheck has no test");
        }
        String command = String.join(" ", words);
        if (!(command.contains("cypher-shell") || command.contains("7474") || command.contains("7687"))) {
            return Optional.of("the healthcheck does not probe Neo4j: " + command);
        }
        return Optional.empty();
    }

    static Optional<String> apocProblem(Map<String, String> environment) {
        String plugins = environment.get("NEO4J_PLUGINS");
        if (plugins == null) {
            return Optional.of("NEO4J_PLUGINS is not set");
        }
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(plugins);
        if (!(parsed instanceof List<?> names)) {
            return Optional.of("NEO4J_PLUGINS is not a JSON list: " + plugins);
        }
        return names.contains("apoc") ? Optional.empty() : Optional.of("NEO4J_PLUGINS has no apoc: " + plugins);
    }

    // ---- reading the file ----

    static Map<String, Object> parse(String yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        assertThat(document).as("the compose file's top level").isInstanceOf(Map.class);
        return map(document);
    }

    static Map<String, Object> services(Map<String, Object> compose) {
        return map(compose.get("services"));
    }

    /** The service's environment, from either of compose's two forms (a mapping, or a list of KEY=VALUE). */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> environment.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (raw instanceof List<?> l) {
            for (Object entry : l) {
                String[] kv = String.valueOf(entry).split("=", 2);
                environment.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        if (node == null) {
            return Map.of();
        }
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        if (node == null) {
            return List.of();
        }
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
