package org.campcoplanner.planning.generator;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** The random draws the generator makes, all from one seeded source so that a seed repeats a plan. */
final class Chance {

    private final SplittableRandom random;

    Chance(long seed) {
        this(new SplittableRandom(seed));
    }

    private Chance(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one part of the plan can change without reshuffling the others. */
    Chance split() {
        return new Chance(random.split());
    }

    boolean of(double probability) {
        return random.nextDouble() < probability;
    }

    double draw() {
        return random.nextDouble();
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, random.nextInt(i + 1));
        }
    }

    /** Round({@code n * fraction}) flags of {@code n}, but at least {@code atLeast}, set at random places. */
    boolean[] share(int n, double fraction, int atLeast) {
        return spread(n, Math.min(n, Math.max(atLeast, (int) Math.round(n * fraction))));
    }

    /** Exactly {@code chosen} of {@code n} flags set, at random places: a share that does not vary by seed. */
    boolean[] spread(int n, int chosen) {
        boolean[] flags = new boolean[n];
        for (int i = 0; i < Math.min(n, chosen); i++) {
            flags[i] = true;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean swap = flags[i];
            flags[i] = flags[j];
            flags[j] = swap;
        }
        return flags;
    }
}
