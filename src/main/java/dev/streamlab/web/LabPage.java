package dev.streamlab.web;

import java.util.List;
import java.util.Map;

/**
 * Everything the lab page needs, for the playground or an exercise: what the page embeds as JSON for its scripts
 * and what its template prints. Never holds a reference solution or a hidden stream.
 *
 * @param exerciseId      null in the playground
 * @param starters        the editor's first program per dialect ({@code scala}, {@code python})
 * @param sources         the sockets the exercise feeds, shown before the program runs
 * @param streams         test streams the student may replay
 */
public record LabPage(String exerciseId, String title, List<String> dialects, String dialect, Map<String, String> starters, List<String> sources,
                      List<Stream> streams, List<Crumb> crumbs) {

    /** An exercise's page: its instructions beside the lab, its starters in the editor, its visible streams. */
    static LabPage of(dev.streamlab.exercise.ExerciseView exercise, String courseLabel, String chapterLabel) {
        return new LabPage(exercise.id(), exercise.title(), exercise.dialects(), exercise.dialect(), exercise.starters(), exercise.sources(),
                exercise.streams().stream().map(s -> new Stream(s.name(), s.text())).toList(),
                List.of(new Crumb(courseLabel, "/"), new Crumb(chapterLabel, null), new Crumb(exercise.title(), null)));
    }

    /** A stream file offered for replay: its name and text. */
    public record Stream(String name, String text) {
    }

    /** One step of the page's breadcrumbs. */
    public record Crumb(String label, String href) {
    }
}
