package org.campcoplanner.shifts;

import org.campcoplanner.planning.Text;

import java.util.List;

/** A request for a shift that cannot be made or decided, with every reason in words. */
public class ShiftRequestRefusedException extends RuntimeException {

    private final transient List<Text> reasons;

    ShiftRequestRefusedException(List<Text> reasons) {
        super(reasons.get(0).key());
        this.reasons = List.copyOf(reasons);
    }

    ShiftRequestRefusedException(String key, Object... args) {
        this(List.of(Text.of(key, args)));
    }

    public List<Text> reasons() {
        return reasons;
    }
}
