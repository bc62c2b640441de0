package org.campcoplanner.instances;

/** Notices between the app instances on one database; each instance hears only the others'. */
public interface InstanceNotices {

    /**
     * Tells the other instances. Inside a transaction the notice leaves when it commits, and not at
     * all if it rolls back, so no instance reloads before the change is there to be read.
     */
    void send(Notice notice);

    void listen(NoticeListener listener);
}
