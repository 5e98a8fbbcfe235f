package org.shellymanager.device;

/**
 * The device answered a call the generation-neutral API needs an answer for (status, config, ...) with an error
 * code. Calls that return an {@link RpcResult} report the same thing as a value instead.
 */
public final class DeviceRejectedException extends DeviceException {

    private final RpcResult.DeviceError<?> error;

    public DeviceRejectedException(DeviceAddress address, String call, RpcResult.DeviceError<?> error) {
        super(address, call + " failed with device error " + error.code() + ": " + error.message(), null);
        this.error = error;
    }

    public RpcResult.DeviceError<?> error() {
        return error;
    }
}
