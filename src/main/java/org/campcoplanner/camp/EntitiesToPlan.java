package org.campcoplanner.camp;

import org.campcoplanner.planning.format.CampPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes a stored camp as a plan. Seats are written back as groups (consecutive seats of one
 * role with the same needs become one entry with a count), so export, import and export again
 * give the same document.
 */
public final class EntitiesToPlan {

    private EntitiesToPlan() {
    }

    static CampPlan.Site site(Site site) {
        return new CampPlan.Site(site.getExternalId(), site.getName(), site.getAddress());
    }

    /** The camp as a plan without who sits where, e.g. to check an edit of its sessions with the import's rules. */
    public static CampPlan withoutAssignments(Camp camp) {
        return map(camp, List.of());
    }

    static CampPlan map(Camp camp, List<Assignment> assignments) {
        return new CampPlan(CampPlan.FORMAT_VERSION, null, mapCamp(camp),
                camp.getSites().stream().map(EntitiesToPlan::site).toList(),
                camp.getPeople().stream().map(EntitiesToPlan::mapPerson).toList(),
                camp.getSessions().stream().map(EntitiesToPlan::mapSession).toList(),
                assignments.stream().map(EntitiesToPlan::mapAssignment).toList());
    }

    private static CampPlan.Camp mapCamp(Camp camp) {
        SoftRuleWeights w = camp.getWeights();
        CampPlan.Weights weights = w.allDefault() ? null : new CampPlan.Weights(w.fairness(),
                w.staffOutsideStandardHours(), w.coDelivery(), w.peerSupport(), w.continuity(), w.preferences(),
                w.stability());
        Map<String, Integer> ratios = new TreeMap<>(camp.getChildrenPerAdult());
        return new CampPlan.Camp(camp.getName(), camp.getNeighbourhood(), camp.getTimeZone(), camp.getStartDate(),
                camp.getEndDate(), new CampPlan.Rules(ratios, camp.getTravelMinutesBetweenSites(),
                        youthNeedGuardianConsent(camp.isYouthNeedGuardianConsent()), weights));
    }

    /**
     * Written only when true: absent means false, and so a camp that never asked for consents
     * exports exactly as it did before the rule existed.
     */
    static Boolean youthNeedGuardianConsent(boolean needed) {
        return needed ? Boolean.TRUE : null;
    }

    private static CampPlan.Person mapPerson(Person p) {
        boolean hasAvailability = !p.getWeeklyAvailability().isEmpty() || !p.getDatedAvailability().isEmpty()
                || !p.getUnavailable().isEmpty();
        CampPlan.Availability availability = hasAvailability ? new CampPlan.Availability(
                p.getWeeklyAvailability().stream().map(EntitiesToPlan::weekly).toList(),
                p.getDatedAvailability().stream().map(EntitiesToPlan::interval).toList(),
                p.getUnavailable().stream().map(EntitiesToPlan::interval).toList()) : null;
        GuardianConsent consent = p.getGuardianConsent();
        return new CampPlan.Person(p.getExternalId(), p.getName(), p.getKind(), p.isYouth(), p.isExperienced(),
                p.getEmail(), p.getPhone(),
                nullIfEmpty(p.getCredentials().stream().map(c -> new CampPlan.Credential(c.type(), c.validUntil())).toList()),
                nullIfEmpty(p.getSkills()), nullIfEmpty(p.getLanguages()), p.getPreferredLanguage(),
                consent == null ? null : new CampPlan.GuardianConsent(consent.given(), consent.by(), consent.method()),
                p.getMaxHoursPerDay(), p.getMaxHoursPerWeek(),
                p.getMinRestHours(), p.getPledgedHoursPerWeek(), nullIfEmpty(p.getLikes()), nullIfEmpty(p.getDislikes()),
                availability, nullIfEmpty(p.getStandardHours().stream().map(EntitiesToPlan::weekly).toList()),
                p.getMaxHoursOutsideStandardPerWeek());
    }

    private static CampPlan.Session mapSession(Session s) {
        return new CampPlan.Session(s.getExternalId(), s.getTitle(), s.getActivity(), s.getSeriesKey(),
                s.getSite().getExternalId(), s.getStartAt(), s.getEndAt(), s.getChildren(), s.getAgeGroup(),
                seatGroups(s.getSeats()));
    }

    private static List<CampPlan.SeatGroup> seatGroups(List<Seat> seats) {
        List<CampPlan.SeatGroup> groups = new ArrayList<>();
        Seat groupStart = null;
        int count = 0;
        for (Seat seat : seats) {
            if (groupStart != null && sameNeeds(groupStart, seat)) {
                count++;
                continue;
            }
            if (groupStart != null) {
                groups.add(group(groupStart, count));
            }
            groupStart = seat;
            count = 1;
        }
        if (groupStart != null) {
            groups.add(group(groupStart, count));
        }
        return groups;
    }

    private static boolean sameNeeds(Seat a, Seat b) {
        return a.getRole().equals(b.getRole()) && a.getPriority() == b.getPriority()
                && Objects.equals(a.getRequiredCredentials(), b.getRequiredCredentials())
                && Objects.equals(a.getAllowedKinds(), b.getAllowedKinds());
    }

    private static CampPlan.SeatGroup group(Seat seat, int count) {
        return new CampPlan.SeatGroup(seat.getRole(), count == 1 ? null : count,
                nullIfEmpty(List.copyOf(seat.getRequiredCredentials())), nullIfEmpty(List.copyOf(seat.getAllowedKinds())),
                seat.getPriority());
    }

    private static CampPlan.Assignment mapAssignment(Assignment a) {
        Seat seat = a.getSeat();
        return new CampPlan.Assignment(seat.getSession().getExternalId(), seat.getRole(), seat.getRoleIndex(),
                a.getPerson() == null ? null : a.getPerson().getExternalId(), a.isPinned());
    }

    private static CampPlan.WeeklyWindow weekly(WeeklyWindow w) {
        return new CampPlan.WeeklyWindow(w.day(), w.from(), w.to());
    }

    private static CampPlan.Interval interval(DatedWindow w) {
        return new CampPlan.Interval(w.start(), w.end());
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
