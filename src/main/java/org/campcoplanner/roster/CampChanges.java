package org.campcoplanner.roster;

import org.campcoplanner.instances.InstanceNotices;
import org.campcoplanner.instances.Notice;
import org.campcoplanner.instances.NoticeListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * Tells every open view of a camp that its draft changed, so planners working together see each
 * other's edits without reloading: this instance's views at once, and through the
 * {@link InstanceNotices} the views open on the other app instances, once the change is committed.
 */
@Component
public class CampChanges {

    private record Watcher(Object view, LongConsumer onChange) {
    }

    private final Map<Long, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final InstanceNotices notices;

    CampChanges(InstanceNotices notices) {
        this.notices = notices;
        notices.listen(new NoticeListener() {
            @Override
            public void heard(Notice notice) {
                if (notice.topic() == Notice.Topic.DRAFT) {
                    tellViews(notice.campId(), null);
                }
            }

            @Override
            public void mayHaveMissedNotices() {
                List.copyOf(watchers.keySet()).forEach(campId -> tellViews(campId, null));
            }
        });
    }

    /** Registers a view; the returned handle removes it again (call it when the view closes). */
    public Runnable watch(long campId, Object view, LongConsumer onChange) {
        Watcher watcher = new Watcher(view, onChange);
        watchers.computeIfAbsent(campId, id -> ConcurrentHashMap.newKeySet()).add(watcher);
        return () -> watchers.getOrDefault(campId, Set.of()).remove(watcher);
    }

    /** Tells every view of the camp except {@code origin} (null: tell them all) that its draft changed. */
    public void publish(long campId, Object origin) {
        tellViews(campId, origin);
        notices.send(Notice.draft(campId));
    }

    private void tellViews(long campId, Object origin) {
        watchers.getOrDefault(campId, Set.of()).stream()
                .filter(watcher -> watcher.view() != origin)
                .forEach(watcher -> watcher.onChange().accept(campId));
    }
}
