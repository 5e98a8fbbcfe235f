package org.shellymanager.device.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.json.Json;

class RpcFramesTest {

    private static final DeviceAddress ADDRESS = DeviceAddress.parse("127.0.0.1:8080");

    @Test
    void aDeviceErrorKeepsItsCodeAndMessage() {
        assertThat(RpcFrames.result(ADDRESS, Json.parseOrNull(
                "{\"id\":1,\"error\":{\"code\":-103,\"message\":\"Invalid argument\"}}")))
                .isEqualTo(new RpcResult.DeviceError<>(-103, "Invalid argument"));
    }

    @Test
    void anErrorCodeThatIsNoWholeNumberOf32BitsIsAMalformedReply() {
        for (String code : new String[] {"0.02", "2147483648", "-2147483649", "\"-103\"", "null"}) {
            assertThatThrownBy(() -> RpcFrames.result(ADDRESS, Json.parseOrNull(
                    "{\"id\":1,\"error\":{\"code\":" + code + ",\"message\":\"x\"}}")))
                    .as(code).isInstanceOf(MalformedReplyException.class)
                    .hasMessageContaining("error code is not a whole number of 32 bits");
        }
    }
}
