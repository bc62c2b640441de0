package org.campcoplanner.planning.generator;

import org.campcoplanner.planning.format.CampPlan.Credential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Credentials with realistic expiry: most run well past the camp, some never expire, a few lapse during it. */
final class Credentials {

    private final CampCalendar calendar;
    private final Chance chance;

    Credentials(CampCalendar calendar, Chance chance) {
        this.calendar = calendar;
        this.chance = chance;
    }

    /** {@code expiring}: one of them lapses while the camp runs, so the roster has to change around it. */
    List<Credential> of(boolean policeCheck, boolean firstAid, boolean lifeguard, boolean expiring) {
        List<String> types = new ArrayList<>();
        if (policeCheck) {
            types.add(SessionGenerator.VULNERABLE_SECTOR_CHECK);
        }
        // whoever is to have a credential lapse needs one to begin with
        if (firstAid || (expiring && types.isEmpty() && !lifeguard)) {
            types.add(SessionGenerator.FIRST_AID);
        }
        if (lifeguard) {
            types.add(SessionGenerator.LIFEGUARD);
        }
        int lapsing = expiring ? chance.between(0, types.size() - 1) : -1;
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            credentials.add(new Credential(types.get(i), i == lapsing ? duringCamp() : afterCamp()));
        }
        return credentials;
    }

    /** A credential that stays valid all camp, as one newly taken or renewed for it. */
    Credential valid(String type) {
        return new Credential(type, afterCamp());
    }

    private LocalDate duringCamp() {
        LocalDate first = calendar.firstDay();
        long days = calendar.lastDay().toEpochDay() - first.toEpochDay();
        // not in the first or last few days, so that both sides of the expiry have sessions
        long margin = Math.min(7, days / 3);
        return first.plusDays(margin + chance.between(0, (int) (days - 2 * margin)));
    }

    private LocalDate afterCamp() {
        if (chance.of(0.25)) {
            return null;
        }
        return calendar.lastDay().plusDays(chance.between(30, 3 * 365));
    }
}
