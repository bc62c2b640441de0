package org.campcoplanner.instances;

/** The embedded H2 database serves one instance: there is no other to tell. */
final class SingleInstanceNotices implements InstanceNotices {

    @Override
    public void send(Notice notice) {
        // no other instance
    }

    @Override
    public void listen(NoticeListener listener) {
        // no other instance to hear from
    }
}
