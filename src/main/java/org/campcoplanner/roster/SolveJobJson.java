package org.campcoplanner.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.campcoplanner.planning.Text;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a solve job keeps as JSON, so that any instance can pick it up and any instance can tell
 * how it ended: the draft's seats when the solve was started, and the outcome.
 */
@Component
class SolveJobJson {

    private record BaselineSeat(String session, String role, int index, String person, boolean pinned, long version) {
    }

    private final ObjectMapper json;

    SolveJobJson(ObjectMapper json) {
        this.json = json;
    }

    String baseline(Map<SeatKey, SeatState> seats) {
        return write(seats.entrySet().stream().map(seat -> new BaselineSeat(seat.getKey().session(),
                seat.getKey().role(), seat.getKey().index(), seat.getValue().person(), seat.getValue().pinned(),
                seat.getValue().version())).toList());
    }

    Map<SeatKey, SeatState> baseline(String stored) {
        Map<SeatKey, SeatState> seats = new HashMap<>();
        read(stored, new TypeReference<List<BaselineSeat>>() { }).forEach(seat -> seats.put(
                new SeatKey(seat.session(), seat.role(), seat.index()),
                new SeatState(seat.person(), seat.pinned(), seat.version())));
        return seats;
    }

    String outcome(SolveOutcome outcome) {
        return write(outcome);
    }

    SolveOutcome outcome(String stored) {
        SolveOutcome outcome = read(stored, new TypeReference<SolveOutcome>() { });
        return outcome.failure() == null ? outcome : new SolveOutcome(outcome.campId(), outcome.stability(),
                outcome.score(), outcome.filledSeats(), outcome.seats(), outcome.changedSeats(),
                outcome.keptPlannerEdits(), outcome.againstPublished(), outcome.error(), revived(outcome.failure()));
    }

    /** A text inside a text's parameters comes back from JSON as a map of its key and parameters. */
    private static Text revived(Text text) {
        return new Text(text.key(), text.args().stream().map(SolveJobJson::revived).toList());
    }

    private static Object revived(Object arg) {
        if (arg instanceof Map<?, ?> map && map.get("key") instanceof String key && map.get("args") instanceof List<?> args) {
            return revived(new Text(key, new ArrayList<Object>(args)));
        }
        return arg;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A solve job could not be written as JSON", e);
        }
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A solve job's JSON could not be read", e);
        }
    }
}
