package org.shellymanager.manager.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web pages, shown as people understand them: a whole error page for a page request, and for an
 * htmx request an alert swapped into the page's flash area. Either way the problem code is on screen. Takes
 * precedence over the API's problem-document advice for the controllers of this package only.
 */
@ControllerAdvice(basePackageClasses = WebErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(WebErrorAdvice.class);

    @ExceptionHandler(ManagerException.class)
    ModelAndView managerException(ManagerException e, HttpServletRequest request, HttpServletResponse response) {
        return show(ViewProblem.of(e), request, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, HandlerMethodValidationException.class, BindException.class})
    ModelAndView badInput(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e instanceof MethodArgumentTypeMismatchException mismatch
                ? "'" + mismatch.getValue() + "' is not a valid value for " + mismatch.getName() + "."
                : e instanceof MissingServletRequestParameterException missing
                ? "The field '" + missing.getParameterName() + "' is required."
                : e instanceof MissingServletRequestPartException missing
                ? "The field '" + missing.getRequestPartName() + "' is required."
                : e instanceof BindException binding
                ? String.join(" ", binding.getFieldErrors().stream()
                        .map(field -> "'" + field.getRejectedValue() + "' is not a valid value for " + field.getField() + ".").toList())
                : "Some of the values entered are out of range.";
        return show(ViewProblem.of(ErrorCode.REQUEST_INVALID, detail), request, response);
    }

    /** The only file upload of the pages is the firmware cache's, limited to the largest firmware file accepted. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return show(ViewProblem.of(ErrorCode.FIRMWARE_FILE_TOO_LARGE, "The file is larger than this server accepts "
                + "(shelly-manager.firmware.max-file-size)."), request, response);
    }

    /** A browser that went away from a live stream: nothing to answer, nothing to log. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void disconnected() {
        // the client is gone
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("unexpected error while rendering {}", request.getRequestURI(), e);
        return show(ViewProblem.of(ErrorCode.SERVER_ERROR, "The page could not be produced."), request, response);
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static ModelAndView show(ViewProblem problem, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(problem.status());
        if (isHtmx(request)) {
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
            ModelAndView fragment = new ModelAndView("fragments/layout :: problem");
            fragment.addObject("problem", problem);
            return fragment;
        }
        ModelAndView page = new ModelAndView("error-page");
        page.addObject("problem", problem);
        return page;
    }
}
