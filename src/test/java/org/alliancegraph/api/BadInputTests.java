package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliancegraph.TestGraph;
import org.alliancegraph.actor.Actors;
import org.alliancegraph.load.ContentHash;
import org.alliancegraph.model.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.NumberUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated bad input to every REST endpoint, parameter and path variable gets a 4xx problem
 * ({@code application/problem+json} with type, title, status and detail) or an answer, never a
 * 5xx, a stack trace or a changed graph; valid input that looks odd (aliases with apostrophes and
 * diacritics, other letter case, the data's first and last year) gets a 200.
 *
 * <p>Each request is checked against what it must get: {@link Expect#OK} for valid input,
 * {@link Expect#CLIENT_ERROR} where the input cannot be answered (a year outside the data's
 * range, not a number, an unknown id), and {@link Expect#NOT_SERVER_ERROR} where an answer or a
 * problem are both fine (a name that folds to a known actor, an optional parameter left empty).
 * Failures are collected and listed together; a summary of the statuses by endpoint, parameter and
 * kind of input is printed. Requests that the product is known to mishandle, in code this suite
 * does not own, are listed in {@link #KNOWN_BUGS} with the bug they show: they are reported, not
 * counted, and the suite fails once one of them behaves, so that the list stays true.
 */
class BadInputTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What no body may show: a stack trace or the name of an internal class. */
    static final List<String> LEAKS = List.of("Exception", "org.neo4j", "org.springframework", "java.lang", "java.util",
            "at org.", "org.apache", "\tat ", "tools.jackson", "org.alliancegraph");

    /**
     * Requests that the product still mishandles, outside what this suite may change; each names
     * the bug. The suite fails when one of them starts to behave, so that the entry is removed.
     */
    static final Map<String, String> KNOWN_BUGS = Map.of();

    /** What a request must get. */
    enum Expect {
        OK, CLIENT_ERROR, NOT_SERVER_ERROR
    }

    /** How a parameter is read, which decides what a value must get. */
    enum Type {
        /** A required year, checked against the data's range. */
        YEAR,
        /** An optional bound of a span, checked against the data's range. */
        SPAN,
        /** An optional bound of the facts' filter: a whole number, any year. */
        FREE_YEAR,
        /** An endnote's number in the path. */
        NOTE,
        /** A required actor (id, name or alias). */
        ACTOR,
        /** An optional actor. */
        OPTIONAL_ACTOR,
        /** The third of the triangle's comma-separated actors. */
        ACTORS,
        /** A fact type of the vocabulary. */
        FACT_TYPE,
        /** A fact id in the path. */
        FACT_ID,
        /** A parameter that the endpoint does not take. */
        IGNORED
    }

    /**
     * One input value.
     *
     * @param kind    the kind of input, for the summary
     * @param encoded as sent in the URL (percent-encoded, possibly on purpose invalid)
     * @param decoded what the server should decode it to; null when it is not valid UTF-8
     */
    record Input(String kind, String encoded, String decoded) {

        static Input of(String kind, String value) {
            return new Input(kind, encode(value), value);
        }

        static Input raw(String kind, String encoded) {
            return new Input(kind, encoded, strictDecode(encoded));
        }
    }

    /**
     * A parameter or path variable of an endpoint.
     *
     * @param endpoint the endpoint's template, for the summary
     * @param name     the parameter's name
     * @param type     how it is read
     * @param inPath   whether it is a path variable
     * @param target   the request's path and query for an encoded value
     */
    record Param(String endpoint, String name, Type type, boolean inPath, Function<String, String> target) {
    }

    /**
     * One request to send.
     *
     * @param endpoint    the endpoint's template
     * @param parameter   the parameter it varies, or what else it varies ("(method)", "(accept)")
     * @param kind        the kind of input
     * @param method      the HTTP method
     * @param target      the path and query, percent-encoded
     * @param headers     extra request headers
     * @param body        the request body, or null
     * @param expect      what it must get
     */
    record Probe(String endpoint, String parameter, String kind, String method, String target,
            Map<String, String> headers, String body, Expect expect) {
    }

    /**
     * A request written byte for byte on a socket, for what {@link HttpClient} refuses to send.
     *
     * @param endpoint the endpoint aimed at
     * @param kind     the kind of input
     * @param request  the whole request, head and body; its characters are sent as UTF-8
     */
    record RawProbe(String endpoint, String kind, String request) {
    }

    /** An answer: status (-1 when none came), Content-Type and body. */
    record Outcome(int status, String contentType, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private int port;

    // What the graph holds, read from the API itself.
    private int firstYear;
    private int lastYear;
    private int lastNote;
    private final Set<String> actorKeys = new HashSet<>();
    private final List<String> actorNames = new ArrayList<>();
    private final List<String> actorIds = new ArrayList<>();
    private final Set<String> factIds = new HashSet<>();

    // The results.
    private final Map<String, Map<String, Integer>> byEndpoint = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> byParameter = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> byKind = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String longestProblem = "";
    private String longestWhere = "";
    private int sent;

    @Test
    @DisplayName("over a thousand generated bad requests to every endpoint get 4xx problems or answers, never a 5xx, "
            + "a stack trace or a changed graph; odd but valid input gets 200")
    void badInput() throws Exception {
        base = RestServer.baseUrl();
        port = URI.create(base).getPort();
        learnTheData();
        String before = ContentHash.of(TestGraph.driver());
        long started = System.nanoTime();

        List<Probe> probes = new ArrayList<>();
        probes.addAll(parameterProbes());
        probes.addAll(missingAndRepeated());
        probes.addAll(validButOdd());
        probes.addAll(methodsAndHeaders());
        for (Probe probe : probes) {
            long start = System.nanoTime();
            Outcome outcome = send(probe);
            nanos.merge(probe.endpoint(), System.nanoTime() - start, Long::sum);
            check(probe, outcome);
        }
        for (RawProbe probe : rawProbes()) {
            checkRaw(probe, sendRaw(probe.request()));
        }

        String after = ContentHash.of(TestGraph.driver());
        System.out.println(summary((System.nanoTime() - started) / 1e9));

        assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(1000);
        assertThat(after).as("the graph's content hash after the bad requests").isEqualTo(before);
        assertThat(failures).withFailMessage(() -> failures.size() + " of " + sent
                + " requests got what they must not:\n" + String.join("\n", failures)).isEmpty();
    }

    /** Reads the year range, the notes, the actors' names and the fact ids that the expectations need. */
    private void learnTheData() throws Exception {
        JsonNode meta = JSON.readTree(get("/api/meta").body());
        firstYear = meta.get("years").get("from").asInt();
        lastYear = meta.get("years").get("to").asInt();
        assertThat(lastYear).isGreaterThan(firstYear);
        JsonNode sources = JSON.readTree(get("/api/sources").body());
        lastNote = sources.get(0).get("notes").asInt();
        for (JsonNode actor : JSON.readTree(get("/api/actors").body())) {
            actorIds.add(actor.get("id").asString());
            List<String> names = new ArrayList<>(List.of(actor.get("id").asString(), actor.get("name").asString(),
                    actor.get("shortName").asString()));
            actor.get("aliases").forEach(alias -> names.add(alias.asString()));
            for (String name : names) {
                actorKeys.add(Actors.key(name));
                actorNames.add(name);
            }
        }
        for (JsonNode fact : JSON.readTree(get("/api/facts").body())) {
            factIds.add(fact.get("id").asString());
        }
        assertThat(factIds).hasSizeGreaterThan(100);
    }

    // ---------------------------------------------------------------------------------------------
    // The inputs

    static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (String v : List.of("-1", "-1951", "-0", "-2147483648")) {
            inputs.add(Input.of("negative year", v));
        }
        for (String v : List.of("2147483647", "2147483648", "9223372036854775807", "9223372036854775808",
                "99999999999999999999999999", "1e309", "1E4")) {
            inputs.add(Input.of("huge number", v));
        }
        for (String v : List.of("1951.5", "1951.0", "0.5", "1951,5", "1951e0")) {
            inputs.add(Input.of("fractional", v));
        }
        for (String v : List.of("abc", "nineteen-fifty", "NaN", "Infinity", "-Infinity", "null", "true", "0x7A7",
                "#7A7", "1951abc", "19 51", " 1951", "\u0661\u0669\u0665\u0661", "+1951", "1_951")) {
            inputs.add(Input.of("not a number", v));
        }
        for (String v : List.of("", " ", "  ")) {
            inputs.add(Input.of("empty", v));
        }
        for (String v : List.of("atlantis", "zzz", "0", "dprk-ussr", "actor", "*", "%", "?", "#")) {
            inputs.add(Input.of("unknown id", v));
        }
        for (String v : List.of("dprkk", "ussrr", "bulgaira", "pyongyan", "nort korea", "soviet unio",
                "flow-ussr-dprk-trade-1950", "FLOW-USSR-DPRK-TRADE-1949", "treaties", "Treaty", "dprk ussr", "dprk,ussr")) {
            inputs.add(Input.of("near-miss id", v));
        }
        inputs.add(Input.of("10 KB string", "a".repeat(10 * 1024)));
        inputs.add(Input.of("10 KB string", "dprk".repeat(10 * 1024 / 4)));
        inputs.add(Input.of("10 KB string", "9".repeat(10 * 1024)));
        inputs.add(Input.of("10 KB string", "\u014f".repeat(5 * 1024)));
        // Beyond Tomcat's 8 KB request line 10 KB never reaches the application; 6 KB does.
        inputs.add(Input.of("6 KB string", "a".repeat(6 * 1024)));
        inputs.add(Input.of("6 KB string", "dprk-".repeat(6 * 1024 / 5)));
        for (String v : List.of("%FF%FE", "%C0%AF", "%E0%80%AF", "%F8%88%80%80%AF", "%ED%A0%80", "%C3", "dprk%FF",
                "%C0%80")) {
            inputs.add(Input.raw("invalid UTF-8", v));
        }
        for (String v : List.of("%2F", "dprk%2Fussr", "..%2F..%2Fmeta", "%5C", "dprk%5Cussr", "..%5C..%5Cmeta", "%252F",
                "%2E%2E", "%2e")) {
            inputs.add(Input.raw("encoded slash or dot", v));
        }
        for (String v : List.of("\u0000", "dprk\u0000", "\n", "dprk\r\nX-Injected: 1", "\u001b[31mdprk", "\u0007",
                "\u007f", "\t1951", "1951\u0000")) {
            inputs.add(Input.of("control character", v));
        }
        for (String v : List.of("\u202Edprk", "krpd\u202E", "\u202Ekrpd\u202C", "\u2066dprk\u2069", "\u200Bdprk",
                "\uFEFFdprk", "1951\u202E")) {
            inputs.add(Input.of("bidi or invisible", v));
        }
        for (String v : List.of("' OR 1=1 //", "\"})-[r]-() DETACH DELETE r //", "`", "dprk`) DETACH DELETE n //",
                "$param", "$actor", "{", "}", "{id: 'dprk'}", "dprk' OR '1'='1", "\\' OR 1=1 //",
                "dprk'}) MATCH (n) DETACH DELETE n //", "1951 OR 1=1", "1951; MATCH (n) DETACH DELETE n",
                "CALL db.labels()", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "%s%n%x",
                "../../../../etc/passwd")) {
            inputs.add(Input.of("injection", v));
        }
        return inputs;
    }

    List<Param> parameters() {
        List<Param> params = new ArrayList<>();
        params.add(new Param("/api/relations", "year", Type.YEAR, false, v -> "/api/relations?year=" + v));
        params.add(new Param("/api/relations", "actor", Type.OPTIONAL_ACTOR, false,
                v -> "/api/relations?year=1951&actor=" + v));
        params.add(new Param("/api/dyads/{a}/{b}", "a", Type.ACTOR, true, v -> "/api/dyads/" + v + "/ussr?from=1953&to=1960"));
        params.add(new Param("/api/dyads/{a}/{b}", "b", Type.ACTOR, true, v -> "/api/dyads/dprk/" + v + "?from=1953&to=1960"));
        params.add(new Param("/api/dyads/{a}/{b}", "from", Type.SPAN, false, v -> "/api/dyads/dprk/ussr?from=" + v + "&to=1960"));
        params.add(new Param("/api/dyads/{a}/{b}", "to", Type.SPAN, false, v -> "/api/dyads/dprk/ussr?from=1953&to=" + v));
        params.add(new Param("/api/triangle", "year", Type.YEAR, false, v -> "/api/triangle?year=" + v));
        params.add(new Param("/api/triangle", "actors", Type.ACTORS, false,
                v -> "/api/triangle?year=1951&actors=dprk,ussr," + v));
        params.add(new Param("/api/index", "actor", Type.OPTIONAL_ACTOR, false, v -> "/api/index?actor=" + v + "&from=1950&to=1960"));
        params.add(new Param("/api/index", "from", Type.SPAN, false, v -> "/api/index?actor=dprk&from=" + v + "&to=1960"));
        params.add(new Param("/api/index", "to", Type.SPAN, false, v -> "/api/index?actor=dprk&from=1950&to=" + v));
        params.add(new Param("/api/explain", "a", Type.ACTOR, false, v -> "/api/explain?a=" + v + "&b=prc&year=1956"));
        params.add(new Param("/api/explain", "b", Type.ACTOR, false, v -> "/api/explain?a=dprk&b=" + v + "&year=1956"));
        params.add(new Param("/api/explain", "year", Type.YEAR, false, v -> "/api/explain?a=dprk&b=prc&year=" + v));
        params.add(new Param("/api/alignment", "from", Type.SPAN, false, v -> "/api/alignment?from=" + v + "&to=1960"));
        params.add(new Param("/api/alignment", "to", Type.SPAN, false, v -> "/api/alignment?from=1956&to=" + v));
        params.add(new Param("/api/actors/{id}", "id", Type.ACTOR, true, v -> "/api/actors/" + v));
        params.add(new Param("/api/facts", "actor", Type.OPTIONAL_ACTOR, false, v -> "/api/facts?actor=" + v + "&from=1950&to=1955"));
        params.add(new Param("/api/facts", "type", Type.FACT_TYPE, false, v -> "/api/facts?type=" + v + "&from=1950&to=1955"));
        params.add(new Param("/api/facts", "from", Type.FREE_YEAR, false, v -> "/api/facts?actor=dprk&from=" + v + "&to=1955"));
        params.add(new Param("/api/facts", "to", Type.FREE_YEAR, false, v -> "/api/facts?actor=dprk&from=1950&to=" + v));
        params.add(new Param("/api/facts/{id}", "id", Type.FACT_ID, true, v -> "/api/facts/" + v));
        params.add(new Param("/api/notes/{number}", "number", Type.NOTE, true, v -> "/api/notes/" + v));
        params.add(new Param("/api/claims", "actor", Type.OPTIONAL_ACTOR, false, v -> "/api/claims?actor=" + v));
        params.add(new Param("/api/claims/{id}", "id", Type.FACT_ID, true, v -> "/api/claims/" + v));
        for (String endpoint : List.of("/api/disagreements", "/api/index/validity", "/api/actors", "/api/meta", "/api/sources")) {
            params.add(new Param(endpoint, "(unexpected)", Type.IGNORED, false, v -> endpoint + "?year=" + v));
        }
        return params;
    }

    List<Probe> parameterProbes() {
        List<Probe> probes = new ArrayList<>();
        for (Param param : parameters()) {
            for (Input input : inputs()) {
                probes.add(new Probe(param.endpoint(), param.name(), input.kind(), "GET", param.target().apply(input.encoded()),
                        Map.of(), null, expect(param, input)));
            }
        }
        return probes;
    }

    /** What a value of a parameter must get; see the class comment. */
    Expect expect(Param param, Input input) {
        String value = input.decoded();
        if (param.type() == Type.IGNORED) {
            return Expect.NOT_SERVER_ERROR;
        }
        if (value == null) {
            return Expect.CLIENT_ERROR;
        }
        if (param.inPath()) {
            if (value.contains("/") || value.contains("\\") || value.contains("\u0000")) {
                return Expect.CLIENT_ERROR;
            }
            if (value.equals(".") || value.equals("..") || value.contains(";")) {
                return Expect.NOT_SERVER_ERROR;
            }
        }
        switch (param.type()) {
            case YEAR, SPAN, FREE_YEAR, NOTE -> {
                if (value.isEmpty()) {
                    return param.type() == Type.SPAN || param.type() == Type.FREE_YEAR ? Expect.NOT_SERVER_ERROR
                            : Expect.CLIENT_ERROR;
                }
                Integer number = springInteger(value);
                if (number == null) {
                    return Expect.CLIENT_ERROR;
                }
                return switch (param.type()) {
                    case YEAR, SPAN -> number < firstYear || number > lastYear ? Expect.CLIENT_ERROR : Expect.NOT_SERVER_ERROR;
                    case NOTE -> number < 1 || number > lastNote ? Expect.CLIENT_ERROR : Expect.NOT_SERVER_ERROR;
                    default -> Expect.NOT_SERVER_ERROR;
                };
            }
            case ACTOR, OPTIONAL_ACTOR -> {
                if (param.type() == Type.OPTIONAL_ACTOR && value.isBlank()) {
                    return Expect.NOT_SERVER_ERROR;
                }
                return actorKeys.contains(Actors.key(value)) ? Expect.NOT_SERVER_ERROR : Expect.CLIENT_ERROR;
            }
            case ACTORS -> {
                return value.contains(",") || actorKeys.contains(Actors.key(value)) ? Expect.NOT_SERVER_ERROR
                        : Expect.CLIENT_ERROR;
            }
            case FACT_TYPE -> {
                return value.isEmpty() || Vocabulary.FACT_TYPES.contains(value) ? Expect.NOT_SERVER_ERROR : Expect.CLIENT_ERROR;
            }
            case FACT_ID -> {
                return factIds.contains(value) ? Expect.NOT_SERVER_ERROR : Expect.CLIENT_ERROR;
            }
            default -> {
                return Expect.NOT_SERVER_ERROR;
            }
        }
    }

    /** What Spring's conversion makes of a whole number, or null when it is none (or empty). */
    static Integer springInteger(String value) {
        try {
            return value.isEmpty() ? null : NumberUtils.parseNumber(value, Integer.class);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    List<Probe> missingAndRepeated() {
        List<Probe> probes = new ArrayList<>();
        List<String[]> cases = List.of(
                new String[] {"/api/relations", "year", "/api/relations", "4xx"},
                new String[] {"/api/relations", "year", "/api/relations?actor=dprk", "4xx"},
                new String[] {"/api/relations", "year", "/api/relations?year", "4xx"},
                new String[] {"/api/relations", "year", "/api/relations?=1951", "4xx"},
                new String[] {"/api/relations", "year", "/api/relations?YEAR=1951", "4xx"},
                new String[] {"/api/triangle", "year", "/api/triangle?actors=dprk,ussr,prc", "4xx"},
                new String[] {"/api/triangle", "actors", "/api/triangle?year=1951&actors=", "any"},
                new String[] {"/api/triangle", "actors", "/api/triangle?year=1951&actors=,,", "4xx"},
                new String[] {"/api/triangle", "actors", "/api/triangle?year=1951&actors=dprk,ussr", "4xx"},
                new String[] {"/api/triangle", "actors", "/api/triangle?year=1951&actors=dprk,ussr,prc,usa", "4xx"},
                new String[] {"/api/triangle", "actors", "/api/triangle?year=1951&actors=dprk,dprk,prc", "4xx"},
                new String[] {"/api/triangle", "actors", "/api/triangle?year=1951&actors=dprk,North%20Korea,prc", "4xx"},
                new String[] {"/api/explain", "year", "/api/explain?a=dprk&b=prc", "4xx"},
                new String[] {"/api/explain", "a", "/api/explain?b=prc&year=1956", "4xx"},
                new String[] {"/api/explain", "b", "/api/explain?a=dprk&year=1956", "4xx"},
                new String[] {"/api/explain", "b", "/api/explain?a=dprk&b=dprk&year=1956", "4xx"},
                new String[] {"/api/dyads/{a}/{b}", "b", "/api/dyads/dprk", "4xx"},
                new String[] {"/api/dyads/{a}/{b}", "b", "/api/dyads/dprk/", "4xx"},
                new String[] {"/api/dyads/{a}/{b}", "a", "/api/dyads//ussr", "4xx"},
                new String[] {"/api/dyads/{a}/{b}", "b", "/api/dyads/dprk/dprk", "4xx"},
                new String[] {"/api/dyads/{a}/{b}", "b", "/api/dyads/dprk/Pyongyang", "4xx"},
                new String[] {"/api/dyads/{a}/{b}", "b", "/api/dyads/dprk/ussr/prc", "4xx"},
                new String[] {"/api/dyads/{a}/{b}", "from", "/api/dyads/dprk/ussr?from=1970&to=1960", "4xx"},
                new String[] {"/api/index", "from", "/api/index?from=1970&to=1960", "4xx"},
                new String[] {"/api/alignment", "from", "/api/alignment?from=1970&to=1960", "4xx"},
                new String[] {"/api/facts", "from", "/api/facts?from=1970&to=1960", "4xx"},
                new String[] {"/api/actors/{id}", "id", "/api/actors/", "4xx"},
                new String[] {"/api/actors/{id}", "id", "/api/actors/dprk/ussr", "4xx"},
                new String[] {"/api/facts/{id}", "id", "/api/facts/", "4xx"},
                new String[] {"/api/notes/{number}", "number", "/api/notes", "4xx"},
                new String[] {"/api/notes/{number}", "number", "/api/notes/", "4xx"},
                new String[] {"(unknown path)", "(path)", "/api/no-such-thing", "4xx"},
                new String[] {"(unknown path)", "(path)", "/api", "4xx"},
                new String[] {"(unknown path)", "(path)", "/api/", "4xx"},
                new String[] {"(unknown path)", "(path)", "/api/relations/1951", "4xx"},
                new String[] {"(unknown path)", "(path)", "/API/META", "4xx"},
                new String[] {"(unknown path)", "(path)", "/api/meta.json", "4xx"},
                new String[] {"(unknown path)", "(path)", "/api//meta", "any"},
                new String[] {"(unknown path)", "(path)", "/api/./meta", "any"},
                new String[] {"(unknown path)", "(path)", "/api/x/../meta", "any"},
                new String[] {"(unknown path)", "(path)", "/%2e%2e/api/meta", "any"},
                new String[] {"(unknown path)", "(path)", "/api/%6Deta", "any"},
                new String[] {"(unknown path)", "(path)", "/error", "4xx"},
                new String[] {"(unknown path)", "(path)", "/api/" + "x".repeat(10 * 1024), "4xx"});
        for (String[] c : cases) {
            probes.add(new Probe(c[0], c[1], "missing or malformed", "GET", c[2], Map.of(), null,
                    c[3].equals("4xx") ? Expect.CLIENT_ERROR : Expect.NOT_SERVER_ERROR));
        }
        List<String[]> repeated = List.of(
                new String[] {"/api/relations", "year", "/api/relations?year=1951&year=1952"},
                new String[] {"/api/relations", "actor", "/api/relations?year=1951&actor=dprk&actor=ussr"},
                new String[] {"/api/dyads/{a}/{b}", "from", "/api/dyads/dprk/ussr?from=1953&from=1954"},
                new String[] {"/api/triangle", "actors", "/api/triangle?year=1951&actors=dprk&actors=ussr&actors=prc"},
                new String[] {"/api/explain", "a", "/api/explain?a=dprk&a=ussr&b=prc&year=1956"},
                new String[] {"/api/facts", "type", "/api/facts?type=treaty&type=flow"},
                new String[] {"/api/index", "actor", "/api/index?actor=dprk&actor=prc"},
                new String[] {"/api/alignment", "to", "/api/alignment?to=1960&to=1961"});
        for (String[] c : repeated) {
            probes.add(new Probe(c[0], c[1], "repeated parameter", "GET", c[2], Map.of(), null, Expect.NOT_SERVER_ERROR));
        }
        return probes;
    }

    /** Valid input that looks odd: every name and alias, ids in capitals, the data's first and last year. */
    List<Probe> validButOdd() {
        List<Probe> probes = new ArrayList<>();
        for (String name : actorNames) {
            probes.add(ok("/api/actors/{id}", "id", "alias or name", "/api/actors/" + encode(name)));
        }
        for (String id : actorIds) {
            probes.add(ok("/api/actors/{id}", "id", "other letter case", "/api/actors/" + encode(id.toUpperCase(Locale.ROOT))));
        }
        List<String> odd = List.of("P'y\u014fngyang", "North Korea", "Soviet Union", "Kant\u014d Army",
                "Chos\u014fn Nodongdang", "Yan'an faction", "Workers' Party of Korea", "Korea (North)", "DPRK", " dprk ");
        for (String name : odd) {
            probes.add(ok("/api/relations", "actor", "alias or name", "/api/relations?year=1951&actor=" + encode(name)));
            probes.add(ok("/api/index", "actor", "alias or name", "/api/index?actor=" + encode(name) + "&from=1950&to=1960"));
            probes.add(ok("/api/facts", "actor", "alias or name", "/api/facts?actor=" + encode(name)));
        }
        probes.add(ok("/api/dyads/{a}/{b}", "a", "alias or name", "/api/dyads/" + encode("North Korea") + "/" + encode("Soviet Union")));
        probes.add(ok("/api/dyads/{a}/{b}", "a", "alias or name", "/api/dyads/" + encode("P'y\u014fngyang") + "/" + encode("Peking")));
        probes.add(ok("/api/dyads/{a}/{b}", "b", "other letter case", "/api/dyads/DPRK/Ussr"));
        probes.add(ok("/api/triangle", "actors", "alias or name",
                "/api/triangle?year=1963&actors=" + encode("North Korea,Soviet Union,China")));
        probes.add(ok("/api/triangle", "actors", "alias or name", "/api/triangle?year=1963&actors=" + encode(" dprk , ussr , prc ")));
        probes.add(ok("/api/explain", "a", "alias or name",
                "/api/explain?a=" + encode("P'y\u014fngyang") + "&b=" + encode("Beijing") + "&year=1956"));
        probes.add(ok("/api/explain", "b", "other letter case", "/api/explain?a=DPRK&b=PRC&year=1956"));
        String first = String.valueOf(firstYear);
        String last = String.valueOf(lastYear);
        for (String year : List.of(first, last)) {
            probes.add(ok("/api/relations", "year", "year bound", "/api/relations?year=" + year));
            probes.add(ok("/api/triangle", "year", "year bound", "/api/triangle?year=" + year));
            probes.add(ok("/api/explain", "year", "year bound", "/api/explain?a=dprk&b=ussr&year=" + year));
            probes.add(ok("/api/dyads/{a}/{b}", "from", "year bound", "/api/dyads/dprk/ussr?from=" + year + "&to=" + year));
            probes.add(ok("/api/index", "from", "year bound", "/api/index?actor=dprk&from=" + year + "&to=" + year));
            probes.add(ok("/api/alignment", "from", "year bound", "/api/alignment?from=" + year + "&to=" + year));
            probes.add(ok("/api/facts", "from", "year bound", "/api/facts?from=" + year + "&to=" + year));
        }
        probes.add(ok("/api/dyads/{a}/{b}", "to", "year bound", "/api/dyads/dprk/ussr?from=" + first + "&to=" + last));
        probes.add(ok("/api/index", "to", "year bound", "/api/index?from=" + first + "&to=" + last));
        probes.add(ok("/api/alignment", "to", "year bound", "/api/alignment?from=" + first + "&to=" + last));
        probes.add(ok("/api/notes/{number}", "number", "year bound", "/api/notes/1"));
        probes.add(ok("/api/notes/{number}", "number", "year bound", "/api/notes/" + lastNote));
        probes.add(ok("/api/notes/{number}", "number", "leading zeros", "/api/notes/007"));
        probes.add(ok("/api/facts/{id}", "id", "valid", "/api/facts/flow-ussr-dprk-trade-1949"));
        for (String type : Vocabulary.FACT_TYPES) {
            probes.add(ok("/api/facts", "type", "valid", "/api/facts?type=" + type));
        }
        probes.add(ok("/api/claims/{id}", "id", "valid", "/api/claims/claim-twin-pillars-equally-important"));
        for (String endpoint : List.of("/api/meta", "/api/sources", "/api/actors", "/api/disagreements", "/api/alignment",
                "/api/index", "/api/index/validity", "/api/facts", "/api/claims")) {
            probes.add(ok(endpoint, "(none)", "valid", endpoint));
        }
        return probes;
    }

    private static Probe ok(String endpoint, String parameter, String kind, String target) {
        return new Probe(endpoint, parameter, "valid: " + kind, "GET", target, Map.of(), null, Expect.OK);
    }

    /** A valid and an invalid request per endpoint, for the methods, bodies and headers. */
    static final List<String[]> ENDPOINTS = List.of(
            new String[] {"/api/relations", "/api/relations?year=1951", "/api/relations?year=abc"},
            new String[] {"/api/dyads/{a}/{b}", "/api/dyads/dprk/ussr", "/api/dyads/dprk/atlantis"},
            new String[] {"/api/triangle", "/api/triangle?year=1951", "/api/triangle?year=1800"},
            new String[] {"/api/index", "/api/index?actor=dprk", "/api/index?from=x"},
            new String[] {"/api/explain", "/api/explain?a=dprk&b=prc&year=1956", "/api/explain?a=dprk&b=prc"},
            new String[] {"/api/alignment", "/api/alignment", "/api/alignment?from=1970&to=1960"},
            new String[] {"/api/disagreements", "/api/disagreements", "/api/disagreements/x"},
            new String[] {"/api/index/validity", "/api/index/validity", "/api/index/validity/x"},
            new String[] {"/api/actors", "/api/actors", "/api/actors/atlantis"},
            new String[] {"/api/actors/{id}", "/api/actors/dprk", "/api/actors/%2F"},
            new String[] {"/api/facts", "/api/facts?type=treaty", "/api/facts?type=alliance"},
            new String[] {"/api/facts/{id}", "/api/facts/flow-ussr-dprk-trade-1949", "/api/facts/no-such-fact"},
            new String[] {"/api/notes/{number}", "/api/notes/6", "/api/notes/six"},
            new String[] {"/api/meta", "/api/meta", "/api/meta/x"},
            new String[] {"/api/sources", "/api/sources", "/api/sources/x"});

    List<Probe> methodsAndHeaders() {
        List<Probe> probes = new ArrayList<>();
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("no body", null);
        bodies.put("JSON body", new String[] {"application/json", "{\"year\": 1951, \"$where\": \"' OR 1=1 //\"}"});
        bodies.put("bad form body", new String[] {"application/x-www-form-urlencoded", "year=%FF%FE&actor=%C0%AF"});
        bodies.put("XML body", new String[] {"application/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><year>&e;</year>"});
        for (String[] endpoint : ENDPOINTS) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                for (Map.Entry<String, String[]> body : bodies.entrySet()) {
                    Map<String, String> headers = body.getValue() == null ? Map.of() : Map.of("Content-Type", body.getValue()[0]);
                    probes.add(new Probe(endpoint[0], "(method)", "wrong method, " + body.getKey(), method, endpoint[1],
                            headers, body.getValue() == null ? null : body.getValue()[1], Expect.CLIENT_ERROR));
                }
            }
            for (String method : List.of("TRACE", "OPTIONS", "HEAD")) {
                probes.add(new Probe(endpoint[0], "(method)", "other method", method, endpoint[1], Map.of(), null,
                        Expect.NOT_SERVER_ERROR));
            }
            for (String accept : List.of("text/html", "application/xml", "*/*", "garbage", "text/plain",
                    "application/problem+json", "application/json;q=0", "image/png, text/html;q=0.9", ";;;,,,/")) {
                Expect valid = accept.equals("*/*") ? Expect.OK : Expect.NOT_SERVER_ERROR;
                probes.add(new Probe(endpoint[0], "(accept)", "Accept " + accept, "GET", endpoint[1],
                        Map.of("Accept", accept), null, valid));
                probes.add(new Probe(endpoint[0], "(accept)", "Accept " + accept, "GET", endpoint[2],
                        Map.of("Accept", accept), null, Expect.CLIENT_ERROR));
            }
            for (String[] content : List.of(new String[] {"application/xml", "<year>1951</year>"},
                    new String[] {"text/html", "<h1>1951</h1>"}, new String[] {"garbage", "garbage"},
                    new String[] {"multipart/form-data; boundary=x", "--x\r\nbroken"},
                    new String[] {"application/json; charset=ebcdic", "{"},
                    new String[] {"application/x-www-form-urlencoded", "year=%FF&year=1800"})) {
                probes.add(new Probe(endpoint[0], "(content-type)", "GET with Content-Type " + content[0], "GET",
                        endpoint[1], Map.of("Content-Type", content[0]), content[1], Expect.NOT_SERVER_ERROR));
            }
        }
        return probes;
    }

    /** Requests that HttpClient refuses to send: raw bytes, bad escapes, malformed request lines and headers. */
    List<RawProbe> rawProbes() {
        String end = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        List<RawProbe> probes = new ArrayList<>();
        probes.add(new RawProbe("/api/actors/{id}", "raw space", "GET /api/actors/North Korea" + end));
        probes.add(new RawProbe("/api/actors/{id}", "raw brace", "GET /api/actors/{dprk}" + end));
        probes.add(new RawProbe("/api/actors/{id}", "raw backtick", "GET /api/actors/`dprk`" + end));
        probes.add(new RawProbe("/api/actors/{id}", "raw backslash", "GET /api/actors/..\\..\\meta" + end));
        probes.add(new RawProbe("/api/actors/{id}", "raw UTF-8", "GET /api/actors/P'y\u014fngyang" + end));
        probes.add(new RawProbe("/api/actors/{id}", "raw control character", "GET /api/actors/dprk\u001b[31m" + end));
        probes.add(new RawProbe("/api/actors/{id}", "raw control character", "GET /api/actors/dp\u0000rk" + end));
        probes.add(new RawProbe("/api/actors/{id}", "raw bidi", "GET /api/actors/\u202Edprk" + end));
        probes.add(new RawProbe("/api/actors/{id}", "bad escape", "GET /api/actors/%zz" + end));
        probes.add(new RawProbe("/api/actors/{id}", "bad escape", "GET /api/actors/dprk%" + end));
        probes.add(new RawProbe("/api/relations", "bad escape", "GET /api/relations?year=%zz" + end));
        probes.add(new RawProbe("/api/relations", "bad escape", "GET /api/relations?year=19%5" + end));
        probes.add(new RawProbe("/api/relations", "bad escape", "GET /api/relations?year=1951&actor=%u0064prk" + end));
        probes.add(new RawProbe("/api/relations", "raw pipe and quote", "GET /api/relations?year=1951&actor=a|\"b\"" + end));
        probes.add(new RawProbe("/api/relations", "raw brace", "GET /api/relations?year=1951&actor={\"x\"}" + end));
        probes.add(new RawProbe("/api/relations", "raw UTF-8", "GET /api/relations?year=1951&actor=P'y\u014fngyang" + end));
        probes.add(new RawProbe("/api/relations", "raw invalid UTF-8", "GET /api/relations?year=1951&actor=\u00ff\u00fe" + end));
        probes.add(new RawProbe("/api/relations", "raw fragment", "GET /api/relations?year=1951#x" + end));
        probes.add(new RawProbe("/api/meta", "no leading slash", "GET api/meta" + end));
        probes.add(new RawProbe("/api/meta", "absolute form", "GET http://evil.example/api/meta" + end));
        probes.add(new RawProbe("/api/meta", "asterisk form", "GET *" + end));
        probes.add(new RawProbe("/api/meta", "unknown version", "GET /api/meta HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/meta", "no Host", "GET /api/meta HTTP/1.1\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/meta", "two Hosts", "GET /api/meta HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/meta", "bad Host", "GET /api/meta HTTP/1.1\r\nHost: a b{}\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/meta", "bad header", "GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/meta", "header with control character",
                "GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: \u0000\u001b\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/meta", "20 KB header",
                "GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20 * 1024) + "\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/meta", "lower-case method", "get /api/meta" + end));
        probes.add(new RawProbe("/api/meta", "unknown method", "BREW /api/meta" + end));
        probes.add(new RawProbe("/api/meta", "garbage request line", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\r\n\r\n"));
        probes.add(new RawProbe("/api/relations", "bad Content-Length",
                "POST /api/relations?year=1951 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/relations", "bad Content-Length",
                "GET /api/relations?year=1951 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\nConnection: close\r\n\r\n"));
        probes.add(new RawProbe("/api/relations", "bad chunked body",
                "POST /api/relations?year=1951 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\nzz\r\nyear=1\r\n0\r\n\r\n"));
        probes.add(new RawProbe("/api/relations", "smuggling headers",
                "GET /api/relations?year=1951 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\n0\r\n\r\n"));
        return probes;
    }

    // ---------------------------------------------------------------------------------------------
    // Sending and checking

    private HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + target)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Outcome send(Probe probe) {
        sent++;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.target()))
                    .timeout(Duration.ofSeconds(20))
                    .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(probe.body()));
            probe.headers().forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Outcome(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(Probe probe, Outcome outcome) {
        String where = probe.method() + " " + shorten(probe.target())
                + (probe.headers().isEmpty() ? "" : " " + probe.headers()) + " [" + probe.kind() + "]";
        count(probe.endpoint(), probe.endpoint() + " " + probe.parameter(), probe.kind(), outcome.status());
        List<String> wrong = new ArrayList<>();
        if (outcome.status() < 0) {
            wrong.add("no answer: " + outcome.body());
        }
        switch (probe.expect()) {
            case OK -> {
                if (outcome.status() != 200) {
                    wrong.add("expected 200");
                }
            }
            case CLIENT_ERROR -> {
                if (outcome.status() < 400 || outcome.status() >= 500) {
                    wrong.add("expected a 4xx");
                }
            }
            default -> {
            }
        }
        wrong.addAll(commonProblems(outcome, probe.method().equals("HEAD")));
        if (outcome.status() >= 400 && outcome.body().length() > longestProblem.length()) {
            longestProblem = outcome.body();
            longestWhere = where;
        }
        String known = probe.headers().isEmpty() ? KNOWN_BUGS.get(probe.method() + " " + probe.target()) : null;
        if (known != null) {
            if (wrong.isEmpty()) {
                failures.add(outcome.status() + " " + where + ": behaves now; remove it from KNOWN_BUGS (" + known + ")");
            } else {
                notes.add("known product bug, still present: " + outcome.status() + " " + where + ": " + known);
            }
            return;
        }
        if (!wrong.isEmpty()) {
            failures.add(outcome.status() + " " + where + ": " + String.join("; ", wrong) + " | body: "
                    + shorten(outcome.body().replace("\n", "\\n")));
        }
    }

    private void checkRaw(RawProbe probe, Outcome outcome) {
        count(probe.endpoint(), "(raw request)", probe.kind(), outcome.status());
        String where = "raw " + shorten(probe.request().lines().findFirst().orElse("").replace("\u0000", "\\0")
                .replace("\u001b", "\\e")) + " [" + probe.kind() + "]";
        if (outcome.status() < 0) {
            notes.add("no response to " + where + " (the connection was closed)");
            return;
        }
        List<String> wrong = commonProblems(outcome, false);
        if (outcome.status() == 505 && probe.kind().equals("unknown version")) {
            // HTTP's own answer to a version the server does not speak, not a failure of the server;
            // it is still a problem document.
            notes.add("505 HTTP Version Not Supported to " + where + ", as HTTP requires: not counted as a server error");
            wrong.remove("a server error");
            wrong.addAll(problemDocument(outcome.body(), 505));
            if (!outcome.contentType().startsWith("application/problem+json")) {
                wrong.add("Content-Type is '" + outcome.contentType() + "', not application/problem+json");
            }
        }
        if (!wrong.isEmpty()) {
            failures.add(outcome.status() + " " + where + ": " + String.join("; ", wrong) + " | body: "
                    + shorten(outcome.body().replace("\n", "\\n")));
        }
    }

    /** The rules every answer follows: no 5xx, 4xx as problems, no stack traces or class names. */
    private List<String> commonProblems(Outcome outcome, boolean head) {
        List<String> wrong = new ArrayList<>();
        int status = outcome.status();
        if (status >= 500) {
            wrong.add("a server error");
        }
        if (status >= 400 && status < 500) {
            if (!outcome.contentType().startsWith("application/problem+json")) {
                wrong.add("Content-Type is '" + outcome.contentType() + "', not application/problem+json");
            }
            if (!head) {
                wrong.addAll(problemDocument(outcome.body(), status));
            }
        }
        for (String leak : LEAKS) {
            if (outcome.body().contains(leak)) {
                wrong.add("the body shows '" + leak.replace("\t", "\\t") + "'");
            }
        }
        return wrong;
    }

    private static List<String> problemDocument(String body, int status) {
        List<String> wrong = new ArrayList<>();
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (RuntimeException e) {
            return List.of("the body is not JSON");
        }
        if (problem == null || !problem.isObject()) {
            return List.of("the body is not a JSON object");
        }
        for (String field : List.of("type", "title", "detail")) {
            JsonNode value = problem.get(field);
            if (value == null || !value.isString() || value.asString().isBlank()) {
                wrong.add("no '" + field + "'");
            }
        }
        JsonNode statusField = problem.get("status");
        if (statusField == null || !statusField.isNumber() || statusField.asInt() != status) {
            wrong.add("'status' is " + statusField + ", not " + status);
        }
        return wrong;
    }

    /** Sends bytes on a socket and reads the answer until the server closes the connection. */
    private Outcome sendRaw(String request) {
        sent++;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException stoppedReading) {
                // Whatever came so far is the answer.
            }
            return parse(answer.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Outcome(-1, "", e.toString());
        }
    }

    private static Outcome parse(String text) {
        if (!text.startsWith("HTTP/")) {
            return new Outcome(-1, "", text);
        }
        int headEnd = text.indexOf("\r\n\r\n");
        String head = headEnd < 0 ? text : text.substring(0, headEnd);
        String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = line.substring("content-type:".length()).strip();
            }
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        return new Outcome(status, type, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            // Sizes count bytes; the bodies here are ASCII (a problem document).
            out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Counting and the summary

    private void count(String endpoint, String parameter, String kind, int status) {
        String key = status < 0 ? "none" : String.valueOf(status);
        byEndpoint.computeIfAbsent(endpoint, k -> new LinkedHashMap<>()).merge(key, 1, Integer::sum);
        byParameter.computeIfAbsent(parameter, k -> new LinkedHashMap<>()).merge(key, 1, Integer::sum);
        byKind.computeIfAbsent(kind.startsWith("Accept ") ? "Accept header" : kind.startsWith("GET with Content-Type")
                ? "Content-Type header" : kind, k -> new LinkedHashMap<>()).merge(key, 1, Integer::sum);
    }

    private String summary(double seconds) {
        int total = byEndpoint.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        Set<String> statuses = new TreeSet<>();
        byEndpoint.values().forEach(m -> statuses.addAll(m.keySet()));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nBad-input suite: %d requests in %.1f s, %d failures%n", total, seconds, failures.size()));
        table(out, "ENDPOINT", byEndpoint, statuses, nanos);
        table(out, "ENDPOINT PARAMETER", byParameter, statuses, Map.of());
        table(out, "KIND OF INPUT", byKind, statuses, Map.of());
        notes.add("the longest problem body has " + longestProblem.length() + " characters: " + longestWhere);
        if (!notes.isEmpty()) {
            out.append("\nNotes:\n");
            notes.forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static void table(StringBuilder out, String title, Map<String, Map<String, Integer>> rows, Set<String> statuses,
            Map<String, Long> nanos) {
        int width = Math.max(title.length(), rows.keySet().stream().mapToInt(String::length).max().orElse(0)) + 2;
        out.append('\n').append(pad(title, width)).append(String.format("%6s", "TOTAL"));
        statuses.forEach(s -> out.append(String.format("%6s", s)));
        out.append(nanos.isEmpty() ? "" : "  SECONDS").append('\n');
        for (Map.Entry<String, Map<String, Integer>> row : rows.entrySet()) {
            out.append(pad(row.getKey(), width)).append(String.format("%6d",
                    row.getValue().values().stream().mapToInt(Integer::intValue).sum()));
            statuses.forEach(s -> {
                Integer n = row.getValue().get(s);
                out.append(String.format("%6s", n == null ? "." : n));
            });
            if (!nanos.isEmpty()) {
                out.append(String.format("  %7.1f", nanos.getOrDefault(row.getKey(), 0L) / 1e9));
            }
            out.append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    // ---------------------------------------------------------------------------------------------
    // Encoding

    /** Percent-encodes every byte of the UTF-8 form except the unreserved characters of RFC 3986. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Decodes percent-escapes as strict UTF-8; null when the bytes are not valid UTF-8. */
    static String strictDecode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        String visible = text.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).collect(Collectors.joining());
        return visible.length() <= 160 ? visible : visible.substring(0, 160) + "... (" + visible.length() + " chars)";
    }
}
