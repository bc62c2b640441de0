package org.campcoplanner.planning.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What people like and dislike doing at camp, and what they are good at. */
final class Interests {

    record Interest(List<String> likes, List<String> dislikes, List<String> skills) {
    }

    /** Activity tags, as sessions use them. */
    private static final List<String> ACTIVITIES = Stream.concat(Programme.DAY_ACTIVITIES.stream(),
            Stream.of("swim", "trip", "camp-out")).toList();
    private static final List<String> SKILLS = List.of("coaching", "crafts", "guitar", "cooking", "gardening",
            "storytelling", "swim instruction", "canoeing", "bike repair", "face painting", "science experiments",
            "drama");

    private final Chance chance;

    Interests(Chance chance) {
        this.chance = chance;
    }

    /** {@code leaning}: an activity the person surely likes (a lifeguard likes swim), or null. */
    Interest of(String leaning) {
        List<String> likes = new ArrayList<>();
        if (leaning != null) {
            likes.add(leaning);
        }
        for (int wanted = chance.between(1, 3); likes.size() < wanted; ) {
            String activity = chance.pick(ACTIVITIES);
            if (!likes.contains(activity)) {
                likes.add(activity);
            }
        }
        List<String> others = new ArrayList<>(ACTIVITIES.stream().filter(a -> !likes.contains(a)).toList());
        chance.shuffle(others);
        List<String> skills = new ArrayList<>(SKILLS);
        chance.shuffle(skills);
        return new Interest(List.copyOf(likes), List.copyOf(others.subList(0, chance.pick(List.of(0, 1, 1, 2)))),
                List.copyOf(skills.subList(0, chance.pick(List.of(0, 1, 1, 2, 3)))));
    }
}
