package org.shellymanager.manager.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/devices")
class DeviceController {

    private final InventoryService inventory;
    private final DeviceRegistration registration;

    DeviceController(InventoryService inventory, DeviceRegistration registration) {
        this.inventory = inventory;
        this.registration = registration;
    }

    @GetMapping
    @RequiresRole(Role.VIEWER)
    Page<DeviceResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) String model,
                              @RequestParam(required = false) @Min(1) @Max(4) Integer generation,
                              @RequestParam(required = false) String tag, @RequestParam(required = false) String room,
                              @RequestParam(required = false) Boolean online, @RequestParam(required = false) String firmware,
                              @RequestParam(required = false) Boolean needsCredentials,
                              @RequestParam(required = false) String drift,
                              @RequestParam(required = false) String sort,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<Device> found = inventory.list(new DeviceQuery(q, model, generation, tag, room, online, firmware,
                needsCredentials, DriftFilter.parse(drift), sort, page, size));
        return new Page<>(found.items().stream().map(this::response).toList(), found.total(), page, size);
    }

    @PostMapping
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<DeviceResponse> add(@Valid @RequestBody AddRequest request) {
        DeviceAddress address;
        try {
            address = DeviceAddress.parse(request.address());
        } catch (IllegalArgumentException e) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "address: " + e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(response(registration.add(address, request.credentials())));
    }

    @GetMapping("/{id}")
    @RequiresRole(Role.VIEWER)
    DeviceResponse get(@PathVariable String id) {
        return response(inventory.get(id));
    }

    @PatchMapping("/{id}")
    @RequiresRole(Role.OPERATOR)
    DeviceResponse update(@PathVariable String id, @RequestBody JsonNode body) {
        return response(inventory.update(id, DevicePatch.from(body)));
    }

    @DeleteMapping("/{id}")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> forget(@PathVariable String id) {
        inventory.forget(id);
        return ResponseEntity.noContent().build();
    }

    private DeviceResponse response(Device device) {
        return DeviceResponse.of(device, inventory.productName(device));
    }

    /** A manual add: the device's address ({@code host} or {@code host:port}) and optionally its login. */
    record AddRequest(@NotBlank String address, Credentials credentials) {
    }
}
