package org.campcoplanner.benchmark;

import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule 6's rest as sets of sessions one person must not all work. Sessions closer together than
 * the minimum rest join one working period, which may span at most 24 hours minus the rest.
 *
 * <p>Sorted by start, the sessions of a working period each start less than the rest after the
 * latest end before them. So a working period that is too long always begins with such a chain,
 * from its first session up to the one that makes it too long. Every chain of the person's
 * sessions that stays within the limit until its last session is listed here (a single session
 * that is too long on its own is a chain of one). Forbidding each listed chain forbids exactly the
 * rosters that break the rule: a roster that works a whole chain has a too-long working period
 * (the chain is connected and spans too much), and a too-long working period contains the chain
 * that begins it. Sessions that overlap, or leave too little time to travel, are never chained:
 * rule 2 keeps them apart already.
 */
final class TooLongWorkingPeriods {

    private static final int DAY_MINUTES = 24 * 60;

    private final List<Session> sessions;
    private final int rest;
    private final long longest;
    private final List<List<Session>> chains = new ArrayList<>();

    private TooLongWorkingPeriods(List<Session> sessions, int restMinutes) {
        this.sessions = sessions.stream().sorted(Comparator.comparingLong(Session::startMinute)
                .thenComparingInt(Session::index)).toList();
        this.rest = restMinutes;
        this.longest = DAY_MINUTES - restMinutes;
    }

    /** The chains of {@code sessions} that no one with this minimum rest may all work; none without a rest rule. */
    static List<List<Session>> of(List<Session> sessions, int restMinutes) {
        TooLongWorkingPeriods periods = new TooLongWorkingPeriods(sessions, restMinutes);
        if (restMinutes > 0) {
            for (int first = 0; first < periods.sessions.size(); first++) {
                List<Session> chain = new ArrayList<>(List.of(periods.sessions.get(first)));
                periods.extend(chain, first, periods.sessions.get(first).endMinute());
            }
        }
        return periods.chains;
    }

    private void extend(List<Session> chain, int last, long latestEnd) {
        if (latestEnd - chain.get(0).startMinute() > longest) {
            chains.add(List.copyOf(chain));
            return;
        }
        for (int next = last + 1; next < sessions.size(); next++) {
            Session session = sessions.get(next);
            if (session.startMinute() - latestEnd >= rest) {
                // sorted by start: every later session starts after a full rest too
                return;
            }
            if (chain.stream().noneMatch(session::conflictsWith)) {
                chain.add(session);
                extend(chain, next, Math.max(latestEnd, session.endMinute()));
                chain.remove(chain.size() - 1);
            }
        }
    }
}
