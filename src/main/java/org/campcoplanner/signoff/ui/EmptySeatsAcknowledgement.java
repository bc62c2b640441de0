package org.campcoplanner.signoff.ui;

import com.vaadin.flow.component.checkbox.Checkbox;

import java.util.Optional;

/** The box a signer ticks to sign a roster that leaves seats empty (rule 7 lets a roster come back with gaps). */
final class EmptySeatsAcknowledgement extends Checkbox {

    private EmptySeatsAcknowledgement(int emptySeats, String id) {
        setLabel(getTranslation("signoff.empty-seats.acknowledge", emptySeats));
        setId(id);
    }

    /** The acknowledgement a roster with these empty seats needs; none when it has none. */
    static Optional<EmptySeatsAcknowledgement> needed(int emptySeats, String id) {
        return emptySeats == 0 ? Optional.empty() : Optional.of(new EmptySeatsAcknowledgement(emptySeats, id));
    }

    static boolean given(Optional<EmptySeatsAcknowledgement> acknowledgement) {
        return acknowledgement.map(Checkbox::getValue).orElse(false);
    }
}
