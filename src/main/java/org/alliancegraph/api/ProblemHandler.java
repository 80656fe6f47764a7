package org.alliancegraph.api;

import java.net.URI;

import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.NotFoundException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}) that names the problem;
 * never a stack trace. Spring's own handler covers missing parameters and unknown paths.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), "not-found");
        problem.setProperty("suggestions", e.suggestions());
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), "invalid-request");
    }

    @ExceptionHandler({IllegalStateException.class, Neo4jException.class})
    ProblemDetail unavailable(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", e.getMessage(), "unavailable");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                "'" + name + "' must be " + expected + ", not '" + e.getValue() + "'", "invalid-parameter");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "No such endpoint",
                "Nothing is served at /" + e.getResourcePath() + ": the API is described at /api/docs", "no-endpoint"));
    }

    private static String describe(Class<?> type) {
        return type == int.class || type == Integer.class || type.getName().equals("java.util.Optional")
                ? "a whole number (a year)" : "a " + type.getSimpleName();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:alliance-graph:problem:" + type));
        return problem;
    }
}
