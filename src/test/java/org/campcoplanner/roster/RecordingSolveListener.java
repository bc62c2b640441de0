package org.campcoplanner.roster;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands for an open board in tests: keeps every progress it hears and the outcome of the first solve to end. */
public final class RecordingSolveListener implements SolveListener {

    public final List<SolveProgress> progress = new CopyOnWriteArrayList<>();
    public final CompletableFuture<SolveOutcome> outcome = new CompletableFuture<>();

    @Override
    public void improved(SolveProgress update) {
        progress.add(update);
    }

    @Override
    public void finished(SolveOutcome result) {
        outcome.complete(result);
    }
}
