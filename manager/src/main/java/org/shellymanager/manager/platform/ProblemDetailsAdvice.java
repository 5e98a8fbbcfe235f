package org.shellymanager.manager.platform;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error as an RFC 9457 problem document with a stable {@code code} member from {@link ErrorCode};
 * validation errors also list the fields at fault in {@code errors}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ManagerException.class)
    ResponseEntity<ProblemDetail> managerException(ManagerException e) {
        ProblemDetail problem = problem(e.code(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.code().status()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(ErrorCode.REQUEST_INVALID, "'" + e.getValue() + "' is not a valid value for " + e.getName());
        problem.setProperty("errors", List.of(new FieldError(e.getName(), "invalid value")));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A write that found the database busy on every try is the caller's to retry, not a bug. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> database(Exception e) {
        if (!BusyDatabase.isBusy(e)) {
            return unexpected(e);
        }
        log.warn("a request found the database busy: {}", e.getMessage());
        return ResponseEntity.status(ErrorCode.DATABASE_BUSY.status()).body(problem(ErrorCode.DATABASE_BUSY,
                "The database is busy: other writes held it (SQLite's write lock, or every pooled connection) past "
                        + "the wait limit. Nothing of this request was stored; send it again shortly."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error while handling a request", e);
        return ResponseEntity.internalServerError()
                .body(problem(ErrorCode.SERVER_ERROR, "The server failed; the log has the details."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(name(result), error.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getMostSpecificCause() instanceof IllegalArgumentException invalid
                ? invalid.getMessage() : "The request body is not valid JSON of the expected shape.";
        return ResponseEntity.badRequest().body(problem(ErrorCode.REQUEST_INVALID, detail));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object content = body == null && e instanceof ErrorResponse response ? response.getBody() : body;
        if (content instanceof ProblemDetail problem) {
            ErrorCode code = ErrorCode.forStatus(status.value());
            problem.setType(type(code));
            problem.setProperty("code", code.code());
        }
        return super.handleExceptionInternal(e, content, headers, status, request);
    }

    private static ResponseEntity<Object> invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(ErrorCode.REQUEST_INVALID, "The request has invalid fields: "
                + String.join(", ", errors.stream().map(error -> error.field() + " " + error.message()).toList()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String name(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    static ProblemDetail problem(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setTitle(code.title());
        problem.setType(type(code));
        problem.setProperty("code", code.code());
        return problem;
    }

    private static URI type(ErrorCode code) {
        return URI.create("urn:shelly-manager:problem:" + code.code());
    }

    /** One field at fault: its name and what is wrong with it. */
    record FieldError(String field, String message) {
    }
}
