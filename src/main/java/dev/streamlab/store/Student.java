package dev.streamlab.store;

import java.time.Instant;

/** A student of one course: known by name, recognised by the resume token in their cookie or resume link. */
public record Student(String id, String courseCode, String name, String resumeToken, Instant joinedAt) {
}
