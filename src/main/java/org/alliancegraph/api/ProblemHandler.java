package org.alliancegraph.api;

import java.net.URI;
import java.util.UUID;

import org.alliancegraph.DatasetUnavailableException;
import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.NotFoundException;
import org.alliancegraph.RetiredException;
import org.alliancegraph.system.Reads;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}) that names the problem;
 * never a stack trace. A bad request is a 4xx; only a database that cannot answer (unreachable,
 * not loaded, a query cut by its timeout) is a 503; anything else is a bug, a 500 whose id the
 * log repeats beside the stack trace. Spring's own handler covers missing parameters, wrong
 * methods and unknown paths.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found", shorten(e.getMessage(), 400), "not-found");
        problem.setProperty("suggestions", e.suggestions());
        return respond(problem);
    }

    /** A fact an earlier version held: 410 Gone, with where it went. */
    @ExceptionHandler(RetiredException.class)
    ResponseEntity<ProblemDetail> retired(RetiredException e) {
        ProblemDetail problem = problem(HttpStatus.GONE, "Retired", e.getMessage(), "retired");
        problem.setProperty("replacedBy", e.replacedBy());
        problem.setProperty("retiredIn", e.version());
        return respond(problem);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "Invalid request", shorten(e.getMessage(), 400), "invalid-request"));
    }

    /** A query string that is not valid UTF-8 (or otherwise cannot be decoded): the client's mistake. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "Invalid parameter encoding",
                "The query string could not be decoded: parameters must be percent-encoded UTF-8", "invalid-encoding"));
    }

    @ExceptionHandler(DatasetUnavailableException.class)
    ResponseEntity<ProblemDetail> notLoaded(DatasetUnavailableException e) {
        return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", e.getMessage(), "unavailable"));
    }

    @ExceptionHandler(Neo4jException.class)
    ResponseEntity<ProblemDetail> database(Neo4jException e) {
        if (Reads.isTimeout(e)) {
            return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out",
                    "The query was stopped by its timeout; try again, or ask for a narrower span", "timeout"));
        }
        if (Reads.isUnavailable(e)) {
            return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                    "The database does not answer: " + e.getMessage(), "unavailable"));
        }
        return bug(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> bug(Exception e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Internal error {}", id, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The server failed to answer; the log names this failure " + id, "internal-error");
        problem.setProperty("errorId", id);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "another type" : describe(name, e.getRequiredType());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                "'" + name + "' must be " + expected + ", not '" + shorten(String.valueOf(e.getValue())) + "'",
                "invalid-parameter");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.NOT_FOUND, "No such endpoint", "Nothing is served at /"
                        + shorten(e.getResourcePath()) + ": the API is described at /api/docs", "no-endpoint"));
    }

    /**
     * A client that accepts neither JSON nor problem+json still gets the problem: an error is
     * written in the one form the API has.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                        "The API answers in application/json only", "not-acceptable"));
    }

    /**
     * Spring's own problems (a wrong method, a missing parameter) leave the type unset (Spring 7)
     * or {@code about:blank}; every problem of this API names its kind, and is written as
     * problem+json.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setType(URI.create("urn:alliance-graph:problem:"
                    + (known == null ? "http-" + statusCode.value() : known.name().toLowerCase().replace('_', '-'))));
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Echoes of the client's input are cut short, so that a 10 KB parameter does not come back whole. */
    private static String shorten(String value) {
        return shorten(value, 80);
    }

    private static String shorten(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length) + "…";
    }

    private static String describe(String name, Class<?> type) {
        if (type == int.class || type == Integer.class || type.getName().equals("java.util.Optional")) {
            return "number".equals(name) ? "a whole number (an endnote number)" : "a whole number (a year)";
        }
        return "a " + type.getSimpleName();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:alliance-graph:problem:" + type));
        return problem;
    }
}
