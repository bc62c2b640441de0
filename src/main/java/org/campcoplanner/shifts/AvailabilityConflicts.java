package org.campcoplanner.shifts;

import org.campcoplanner.account.CampPlanners;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.availability.PersonAvailability;
import org.campcoplanner.availability.UncoveredShifts;
import org.campcoplanner.base.Texts;
import org.campcoplanner.camp.DatedWindow;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.solver.Availability;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Collectors;

/**
 * When a volunteer's new availability no longer covers one of their upcoming published shifts,
 * they are told which, and the camp's planners get a message flagging each shift.
 */
@Service
public class AvailabilityConflicts implements UncoveredShifts {

    private final MyShiftsService shifts;
    private final CampPlanners planners;
    private final Inbox inbox;
    private final Texts texts;
    private final AuditTrail audit;

    AvailabilityConflicts(MyShiftsService shifts, CampPlanners planners, Inbox inbox, AuditTrail audit, Texts texts) {
        this.texts = texts;
        this.shifts = shifts;
        this.planners = planners;
        this.inbox = inbox;
        this.audit = audit;
    }

    /** The signed-in person's upcoming shifts their saved availability no longer covers; planners are told. */
    @Transactional
    @PreAuthorize("@campAccess.isSelf(#saved.personId())")
    public List<MyShift> flag(PersonAvailability saved) {
        MyShifts mine = shifts.mine().orElseThrow();
        List<CampPlan.WeeklyWindow> weekly = saved.weekly().stream()
                .map(w -> new CampPlan.WeeklyWindow(w.day(), w.from(), w.to())).toList();
        List<CampPlan.Interval> dated = intervals(saved.dated());
        List<CampPlan.Interval> away = intervals(saved.unavailable());
        List<MyShift> conflicts = mine.upcoming().stream().filter(shift -> !shift.withdrawn())
                .filter(shift -> !Availability.covers(weekly, dated, away, shift.start(), shift.end())).toList();
        if (conflicts.isEmpty()) {
            return conflicts;
        }
        List<Text> lines = conflicts.stream().map(shift -> Text.of("notice.conflict.line", shift.title(),
                new Text.When(shift.start(), shift.end()), shift.role(), shift.index())).toList();
        Text subject = Text.of("notice.conflict.subject", mine.name(), conflicts.size());
        inbox.postToAccounts(mine.campId(), planners.all(mine.campId()), subject, Text.of("notice.conflict.body", lines),
                "requests/" + mine.campId());
        // the audit trail is written once, in the app's first language
        audit.record(mine.campId(), AuditAction.AVAILABILITY_CONFLICT, texts.say(subject, DateStyle.UNTRANSLATED), null,
                texts.lines(lines, DateStyle.UNTRANSLATED));
        return conflicts;
    }

    @Override
    @Transactional
    @PreAuthorize("@campAccess.isSelf(#saved.personId())")
    public List<Shift> after(PersonAvailability saved) {
        return flag(saved).stream().map(s -> new Shift(s.title(), new Text.When(s.start(), s.end()))).toList();
    }

    private static List<CampPlan.Interval> intervals(List<DatedWindow> windows) {
        return windows.stream().filter(w -> w.start() != null && w.end() != null)
                .map(w -> new CampPlan.Interval(w.start(), w.end())).toList();
    }
}
