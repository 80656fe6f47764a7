package org.alliancegraph.index;

import java.util.List;

/**
 * Which checkpoints hold when each weight is moved by half up and down, one at a time.
 *
 * @param checkpoints the checkpoints, in order
 * @param evidence    whether each has a scored fact on both sides (one without evidence neither holds nor
 *                    fails on the weights: it cannot be checked, and is reported so)
 * @param baseline    whether each holds with the weights as they are
 * @param changes     one row per changed weight
 */
public record Sensitivity(List<String> checkpoints, List<Boolean> evidence, List<Boolean> baseline,
        List<Change> changes) {

    public Sensitivity {
        checkpoints = List.copyOf(checkpoints);
        evidence = List.copyOf(evidence);
        baseline = List.copyOf(baseline);
        changes = List.copyOf(changes);
    }

    /**
     * One weight moved.
     *
     * @param weight the weight's key
     * @param factor 0.5 or 1.5
     * @param holds  whether each checkpoint still holds
     */
    public record Change(String weight, double factor, List<Boolean> holds) {

        public Change {
            holds = List.copyOf(holds);
        }
    }

    /** The checkpoints that fail under some single-weight change, with the change. */
    public List<String> failures() {
        List<String> failures = new java.util.ArrayList<>();
        for (int i = 0; i < checkpoints.size(); i++) {
            if (!evidence.get(i)) {
                failures.add(checkpoints.get(i) + " cannot be checked: a dyad-year it compares has no scored fact");
                continue;
            }
            if (!baseline.get(i)) {
                failures.add(checkpoints.get(i) + " fails with the weights as they are");
            }
            for (Change change : changes) {
                if (!change.holds().get(i)) {
                    failures.add(checkpoints.get(i) + " fails with " + change.weight() + " x" + change.factor());
                }
            }
        }
        return failures;
    }
}
