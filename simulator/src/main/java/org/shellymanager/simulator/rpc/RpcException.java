package org.shellymanager.simulator.rpc;

/** A device-reported RPC error with its documented code (-103 invalid argument, -105 not found, ...). */
final class RpcException extends RuntimeException {

    private final int code;

    RpcException(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }

    static RpcException invalid(String message) {
        return new RpcException(-103, message);
    }

    static RpcException notFound(String message) {
        return new RpcException(-105, message);
    }
}
