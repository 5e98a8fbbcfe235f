package org.shellymanager.device;

import java.util.Optional;
import java.util.function.Function;

/**
 * The answer to one call: the value, or the error code the device reported. Gen1 calls report a device error
 * with the HTTP status as its code (400, 404).
 */
public sealed interface RpcResult<T> permits RpcResult.Ok, RpcResult.DeviceError {

    /** Common device error codes (protocol reference §2.7). */
    int INVALID_ARGUMENT = -103;
    int DEADLINE_EXCEEDED = -104;
    int NOT_FOUND = -105;
    int RESOURCE_EXHAUSTED = -108;
    int FAILED_PRECONDITION = -109;
    int UNAVAILABLE = -114;
    int UNAUTHORIZED = 401;
    int FORBIDDEN = 403;
    int NO_HANDLER = 404;
    int TOO_MANY_REQUESTS = 429;

    /** A successful answer; {@code value} is null for calls that answer {@code null}. */
    record Ok<T>(T value) implements RpcResult<T> {
    }

    record DeviceError<T>(int code, String message) implements RpcResult<T> {
        public DeviceError {
            message = message == null ? "" : message;
        }
    }

    static <T> RpcResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> RpcResult<T> error(int code, String message) {
        return new DeviceError<>(code, message);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default Optional<T> find() {
        return this instanceof Ok<T>(T value) ? Optional.ofNullable(value) : Optional.empty();
    }

    default <R> RpcResult<R> map(Function<? super T, ? extends R> mapper) {
        return switch (this) {
            case Ok<T>(T value) -> new Ok<>(mapper.apply(value));
            case DeviceError<T>(int code, String message) -> new DeviceError<>(code, message);
        };
    }

    /** The value, or a {@link DeviceRejectedException} carrying the device error. */
    default T orThrow(DeviceAddress address, String call) {
        return switch (this) {
            case Ok<T>(T value) -> value;
            case DeviceError<T> error -> throw new DeviceRejectedException(address, call, error);
        };
    }
}
