package org.campcoplanner.roster;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * Tells every open view of a camp that its draft changed, so planners working together see each
 * other's edits without reloading. In-process: each app instance tells its own views.
 */
@Component
public class CampChanges {

    private final Map<Long, Set<LongConsumer>> watchers = new ConcurrentHashMap<>();

    /** Registers a watcher; the returned handle removes it again (call it when the view closes). */
    public Runnable watch(long campId, LongConsumer onChange) {
        watchers.computeIfAbsent(campId, id -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> watchers.getOrDefault(campId, Set.of()).remove(onChange);
    }

    public void publish(long campId) {
        watchers.getOrDefault(campId, Set.of()).forEach(watcher -> watcher.accept(campId));
    }
}
