package org.campcoplanner.shifts;

import java.time.LocalDateTime;

/** An empty published seat the signed-in person could take, and whether they offered already. */
public record OpenShift(String sessionId, String title, String activity, String site, String address,
                        LocalDateTime start, LocalDateTime end, String role, int index, boolean offered) {
}
