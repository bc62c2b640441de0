package org.campcoplanner.instances;

/** Hears the other instances' notices, on the thread that receives them: keep it short. */
public interface NoticeListener {

    void heard(Notice notice);

    /** The link to the other instances was lost for a while: anything may have changed meanwhile. */
    default void mayHaveMissedNotices() {
    }
}
