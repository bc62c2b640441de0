package org.campcoplanner.roster;

import org.campcoplanner.planning.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bulkhead every solve goes through: solving a plan file over HTTP, a stored camp's solve from
 * the board or the API, and a re-plan after a withdrawal. A solve takes one core for as long as it
 * runs, so the server solves at most one roster per processor at once ({@code camp.solving.max-concurrent}
 * to say otherwise), and no one account holds every slot, so one caller can never shut out the
 * others. A solve that finds no slot is refused at once with a sentence saying so and when to try
 * again, rather than queued behind work it cannot see.
 */
@Component
public class SolveSlots {

    private final int capacity;
    private final int perAccount;
    private final Map<String, Integer> heldBy = new HashMap<>();
    private int held;

    SolveSlots(@Value("${camp.solving.max-concurrent:0}") int maxConcurrent) {
        this.capacity = maxConcurrent > 0 ? maxConcurrent : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.perAccount = Math.max(1, capacity - 1);
    }

    /** How many solves run at once at most. */
    public int capacity() {
        return capacity;
    }

    /** How many are running now. */
    public synchronized int inUse() {
        return held;
    }

    /**
     * A slot for one solve by {@code caller} (an account name), until the slot is closed.
     *
     * @throws SolvingBusyException when every slot is taken, or the caller holds their share already
     */
    public synchronized Slot take(String caller) {
        if (heldBy.getOrDefault(caller, 0) >= perAccount) {
            throw callersShareTaken();
        }
        if (held >= capacity) {
            throw allTaken();
        }
        held++;
        heldBy.merge(caller, 1, Integer::sum);
        return new Slot(caller);
    }

    /** How many solves one account may have running at once. */
    public int perAccount() {
        return perAccount;
    }

    /** The refusal when {@code caller} holds their share already. */
    SolvingBusyException callersShareTaken() {
        return new SolvingBusyException(true, "You already have " + (perAccount == 1 ? "a roster" : perAccount
                + " rosters") + " being solved; wait until it ends before starting another.",
                Text.of("roster.refused.busy-own", perAccount));
    }

    /** The refusal when every slot is taken. */
    SolvingBusyException allTaken() {
        return new SolvingBusyException(false, "The server is already solving " + inUse() + " roster(s), as many as"
                + " it solves at once; try again in a minute.", Text.of("roster.refused.busy-server", inUse()));
    }

    /**
     * A slot for a solve whose starter's share was checked already (across all instances, when it
     * was queued); empty while every slot is taken.
     */
    public synchronized Optional<Slot> tryTake(String caller) {
        if (held >= capacity) {
            return Optional.empty();
        }
        held++;
        heldBy.merge(caller, 1, Integer::sum);
        return Optional.of(new Slot(caller));
    }

    private synchronized void release(String caller) {
        held--;
        heldBy.computeIfPresent(caller, (name, count) -> count > 1 ? count - 1 : null);
    }

    /** One solve's place; closing it more than once frees it once. */
    public final class Slot implements AutoCloseable {

        private final String caller;
        private boolean open = true;

        private Slot(String caller) {
            this.caller = caller;
        }

        @Override
        public void close() {
            synchronized (SolveSlots.this) {
                if (open) {
                    open = false;
                    release(caller);
                }
            }
        }
    }
}
