package org.alliancegraph.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * This program run again in a Java process of its own, as the scale benchmark does for each size
 * and each load: the child's peak memory is then its own. The child prints its figures as one
 * JSON line after a marker on standard output; its standard error (progress, log) is shown as it
 * comes.
 */
final class ChildProcess {

    private ChildProcess() {
    }

    /** The command that starts this program with the given heap; its arguments follow. */
    static List<String> thisProgram(String heap) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add(heap);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("org.alliancegraph.Main");
        }
        return command;
    }

    /** In the child: prints {@code figures} as one JSON line after {@code marker}, for the parent to read. */
    static void report(String marker, Map<String, Object> figures) {
        System.out.println(marker + JsonMapper.builder().build().writeValueAsString(figures));
    }

    /** This process's peak resident set (VmHWM), in MB, from /proc; NaN where there is none. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /**
     * Runs {@code command} and returns the figures it printed after {@code marker}.
     *
     * @param environment added to the child's environment (a password, say: never on its command line)
     */
    static Map<String, Object> figures(List<String> command, String marker, Map<String, String> environment, String what)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Map<String, Object> figures = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(marker)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> read = JsonMapper.builder().build().readValue(line.substring(marker.length()),
                            LinkedHashMap.class);
                    figures = read;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || figures == null) {
            throw new IllegalStateException(what + " failed (exit " + exit + "): see above");
        }
        return figures;
    }
}
