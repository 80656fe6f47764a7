package org.alliancegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Finds the APOC core classes that declare procedures and functions.
 *
 * <p>The harness registers only the classes it is given, and APOC core has no list of them, so the
 * classes are found by reading their bytecode (no class is loaded that declares nothing).
 */
final class ApocRegistry {

    private static final String PROCEDURE = "org.neo4j.procedure.Procedure";
    private static final String FUNCTION = "org.neo4j.procedure.UserFunction";
    private static final String AGGREGATION = "org.neo4j.procedure.UserAggregationFunction";

    record Extensions(List<Class<?>> procedures, List<Class<?>> functions, List<Class<?>> aggregations) {
        int size() {
            return procedures.size() + functions.size() + aggregations.size();
        }
    }

    /** The scan's result: the classpath does not change while the JVM runs. */
    private static volatile Extensions scanned;

    private ApocRegistry() {
    }

    /** The APOC classes to register, found once per JVM. */
    static synchronized Extensions extensions() {
        Extensions known = scanned;
        if (known == null) {
            known = scan();
            scanned = known;
        }
        return known;
    }

    private static Extensions scan() {
        var resolver = new PathMatchingResourcePatternResolver(ApocRegistry.class.getClassLoader());
        MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
        List<Class<?>> procedures = new ArrayList<>();
        List<Class<?>> functions = new ArrayList<>();
        List<Class<?>> aggregations = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:apoc/**/*.class")) {
                AnnotationMetadata metadata = readers.getMetadataReader(resource).getAnnotationMetadata();
                boolean procedure = metadata.hasAnnotatedMethods(PROCEDURE);
                boolean function = metadata.hasAnnotatedMethods(FUNCTION);
                boolean aggregation = metadata.hasAnnotatedMethods(AGGREGATION);
                if (!(procedure || function || aggregation)) {
                    continue;
                }
                Class<?> type = loadable(metadata.getClassName());
                if (type == null) {
                    continue;
                }
                if (procedure) {
                    procedures.add(type);
                }
                if (function) {
                    functions.add(type);
                }
                if (aggregation) {
                    aggregations.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the APOC classes", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("An APOC class could not be loaded: " + e.getMessage(), e);
        }
        return new Extensions(List.copyOf(procedures), List.copyOf(functions), List.copyOf(aggregations));
    }

    /** The class, or null when it needs an optional library that is not here (APOC's Arrow export, say). */
    private static Class<?> loadable(String name) throws ClassNotFoundException {
        try {
            Class<?> type = Class.forName(name, false, ApocRegistry.class.getClassLoader());
            type.getDeclaredMethods();
            return type;
        } catch (LinkageError missingOptionalDependency) {
            return null;
        }
    }
}
