package dev.streamlab.web;

import dev.streamlab.exercise.Course;
import dev.streamlab.lang.Dialect;
import dev.streamlab.store.GradingDouble;
import dev.streamlab.store.GradingPort;
import dev.streamlab.store.ProgressQuery;
import dev.streamlab.store.Student;
import dev.streamlab.store.Students;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = {"streamlab.instructor.username=teacher", "streamlab.instructor.password=s3cret",
        "streamlab.courses=webtest"})
@AutoConfigureMockMvc
class PeopleAndSubmissionsWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WRONG = "lines.flatMap(_.split(\" \")).map((_, 1)).reduceByKey(_ + _).print()";
    private static final String RIGHT =
            "lines.flatMap(_.split(\" \")).map((_, 1)).reduceByKeyAndWindow(_ + _, Seconds(3), Seconds(1)).print()";

    @TestConfiguration
    static class Grading {
        @Bean
        @Primary
        GradingDouble grading() {
            return new GradingDouble();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Students students;
    @Autowired
    ProgressQuery progress;
    @Autowired
    GradingDouble grading;
    @Autowired
    Course course;

    private static Cookie cookieOf(Student student) {
        return new Cookie(StudentCookie.NAME, student.resumeToken());
    }

    private Student newStudent(String name) {
        return students.join("WEBTEST", name).orElseThrow();
    }

    private JsonNode submit(Student student, String code) throws Exception {
        MvcResult result = mvc.perform(post("/api/exercises/word-count/submissions").cookie(cookieOf(student))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(new SubmissionApiController.SubmitRequest("scala", code))))
                .andExpect(status().isAccepted()).andReturn();
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private String statusOf(Student student, String id) throws Exception {
        return mvc.perform(get("/api/submissions/" + id).cookie(cookieOf(student))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Everything queued so far has been graded and stored once a task queued behind it has run. */
    private void awaitGraded() throws Exception {
        grading.enqueue("word-count", "scala", RIGHT, java.util.Locale.ENGLISH).outcome().get(10, TimeUnit.SECONDS);
    }

    @Test
    void anonymousVisitorsAreSentToTheInstructorSignIn() throws Exception {
        for (String page : new String[]{"/instructor", "/instructor/grades.csv", "/instructor/students/x"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/instructor/login"));
        }
    }

    @Test
    void aStudentCannotReachTheInstructorPages() throws Exception {
        Student student = newStudent("Curious");
        mvc.perform(get("/instructor").cookie(cookieOf(student))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/instructor/login"));
        mvc.perform(get("/instructor/students/" + student.id()).cookie(cookieOf(student)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theInstructorSignsInWithTheConfiguredPasswordOnly() throws Exception {
        mvc.perform(post("/instructor/login").with(csrf()).param("username", "teacher").param("password", "wrong"))
                .andExpect(redirectedUrl("/instructor/login?error"));
        mvc.perform(post("/instructor/login").with(csrf()).param("username", "teacher").param("password", "s3cret"))
                .andExpect(redirectedUrl("/instructor"));
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/join").param("course", "WEBTEST").param("name", "Mallory"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/instructor/login").param("username", "teacher").param("password", "s3cret"))
                .andExpect(status().isForbidden());
    }

    @Test
    void joiningKeepsTheStudentInACookieAndTheResumeLinkRestoresIt() throws Exception {
        MvcResult joined = mvc.perform(post("/join").with(csrf()).param("course", " webtest ").param("name", "Olga"))
                .andExpect(redirectedUrl("/me")).andExpect(cookie().httpOnly(StudentCookie.NAME, true)).andReturn();
        String token = joined.getResponse().getCookie(StudentCookie.NAME).getValue();
        assertThat(students.byResumeToken(token)).get().extracting(Student::name).isEqualTo("Olga");

        mvc.perform(get("/me").cookie(new Cookie(StudentCookie.NAME, token)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/resume/" + token)));
        mvc.perform(get("/resume/" + token)).andExpect(redirectedUrl("/me"))
                .andExpect(cookie().value(StudentCookie.NAME, token));
        mvc.perform(get("/resume/not-a-token")).andExpect(redirectedUrl("/join?unknown"));
        mvc.perform(post("/join").with(csrf()).param("course", "NOPE").param("name", "Olga"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("join-error")));
    }

    @Test
    void submittingNeedsAJoinedStudent() throws Exception {
        mvc.perform(post("/api/exercises/word-count/submissions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"dialect\":\"scala\",\"code\":\"x\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void aStudentFollowsTheirSubmissionAndNobodyElseCan() throws Exception {
        Student author = newStudent("Author");
        Student other = newStudent("Other");
        JsonNode accepted = submit(author, WRONG);
        String id = accepted.get("id").asString();
        awaitGraded();

        JsonNode done = JSON.readTree(statusOf(author, id));
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(done.get("passed").asInt()).isEqualTo(1);
        assertThat(done.get("verdicts").get(0).get("batch").asInt()).isEqualTo(3);
        mvc.perform(get("/api/submissions/" + id).cookie(cookieOf(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/submissions/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void hiddenTestsReachTheStudentAsPassedOrFailedWithTheirHintOnly() throws Exception {
        Student student = newStudent("Hidden");
        String id = submit(student, WRONG).get("id").asString();
        awaitGraded();

        String payload = statusOf(student, id);
        assertThat(payload).doesNotContain("secret").contains("Count over the last 3 batches");
        JsonNode hidden = JSON.readTree(payload).get("verdicts").get(2);
        assertThat(hidden.get("kind").asString()).isEqualTo("failed");
        assertThat(hidden.get("expected")).isEmpty();
        assertThat(hidden.get("batch").isNull()).isTrue();
    }

    @Test
    void aProgramThatDoesNotParseIsAnsweredAtItsLineAndNotCounted() throws Exception {
        Student student = newStudent("Typo");
        String id = submit(student, "lines.map(x => x)))").get("id").asString();
        awaitGraded();

        JsonNode done = JSON.readTree(statusOf(student, id));
        assertThat(done.get("verdict").asString()).isEqualTo("rejected");
        assertThat(done.get("rejection").asString()).startsWith("Main.scala:1:1:");
        assertThat(progress.ofStudent(student.id())).isEmpty();
    }

    @Test
    void aBurstOfSubmissionsQueuesAndEachSeesItsPlace() throws Exception {
        Student student = newStudent("Burst");
        grading.hold();
        try {
            submit(student, WRONG);
            JsonNode second = submit(student, WRONG);
            JsonNode third = submit(student, RIGHT);
            assertThat(third.get("position").asInt()).isGreaterThan(second.get("position").asInt());
            assertThat(JSON.readTree(statusOf(student, third.get("id").asString())).get("state").asString())
                    .isEqualTo("queued");
        } finally {
            grading.release();
        }
        awaitGraded();
        assertThat(progress.ofStudent(student.id()).get("word-count").attempts()).isEqualTo(3);
    }

    @Test
    void theInstructorSeesEveryAttemptWithItsCodeAndDownloadsTheGrades() throws Exception {
        Student student = newStudent("Visible, Student");
        submit(student, WRONG);
        submit(student, RIGHT);
        awaitGraded();
        MvcResult signedIn = mvc.perform(post("/instructor/login").with(csrf()).param("username", "teacher")
                .param("password", "s3cret")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession();

        String page = mvc.perform(get("/instructor/students/" + student.id()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("reduceByKeyAndWindow(_ + _, Seconds(3), Seconds(1))").contains("(secret,7)");
        mvc.perform(get("/instructor").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("word-count")));
        String csv = mvc.perform(get("/instructor/grades.csv").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("WEBTEST,\"Visible, Student\"," + student.id() + ",word-count,2,1.0000,true,");
    }

    @Test
    void referenceSolutionsReachInstructorsOnly() throws Exception {
        String reference = course.exercise("word-count").orElseThrow().solution(Dialect.SCALA);
        String solutionLine = reference.lines().filter(l -> l.contains("reduceByKey")).findFirst().orElseThrow()
                .strip();
        Student student = newStudent("Peeking");
        mvc.perform(get("/instructor/exercises/word-count").cookie(cookieOf(student)))
                .andExpect(redirectedUrl("/instructor/login"));
        assertThat(mvc.perform(get("/exercises/word-count").cookie(cookieOf(student))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(solutionLine);

        MvcResult signedIn = mvc.perform(post("/instructor/login").with(csrf()).param("username", "teacher")
                .param("password", "s3cret")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession();
        mvc.perform(get("/instructor/exercises/word-count").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        org.springframework.web.util.HtmlUtils.htmlEscape(solutionLine))));
    }

    @Test
    void theCatalogShowsTheJoinedStudentsProgress() throws Exception {
        Student student = newStudent("Progressing");
        submit(student, WRONG);
        submit(student, RIGHT);
        awaitGraded();
        String catalog = mvc.perform(get("/").cookie(cookieOf(student)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(catalog).contains("✓ passed (2 attempts)");
        assertThat(mvc.perform(get("/").header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString()).doesNotContain("✓ passed");
    }
}
