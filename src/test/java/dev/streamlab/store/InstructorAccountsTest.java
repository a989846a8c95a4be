package dev.streamlab.store;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured instructor, the first start creates one, prints its password once and keeps its hash. */
@SpringBootTest
class InstructorAccountsTest {

    private static final Pattern PRINTED = Pattern.compile("with the password: (\\S+)");

    @Autowired
    InstructorAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /**
     * What the accounts log from now on: the console is shared by every test of the JVM and the context's own first
     * start, so the test reads the logger itself.
     */
    private static ListAppender<ILoggingEvent> logged() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(InstructorAccounts.class)).addAppender(appender);
        return appender;
    }

    private static String text(ListAppender<ILoggingEvent> appender) {
        StringBuilder text = new StringBuilder();
        appender.list.forEach(event -> text.append(event.getFormattedMessage()).append('\n'));
        return text.toString();
    }

    @Test
    void theGeneratedPasswordIsPrintedOnceAndOnlyItsHashIsStored() {
        ListAppender<ILoggingEvent> output = logged();
        jdbc.sql("DELETE FROM instructor").update();
        accounts.run(null);
        Matcher printed = PRINTED.matcher(text(output));
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);

        UserDetails instructor = accounts.loadUserByUsername(InstructorAccounts.DEFAULT_USERNAME);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(instructor.getPassword()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, instructor.getPassword())).isTrue();
        assertThat(instructor.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_INSTRUCTOR");

        accounts.run(null);
        assertThat(PRINTED.matcher(text(output)).results().count()).isEqualTo(1);
        ((Logger) LoggerFactory.getLogger(InstructorAccounts.class)).detachAppender(output);
        assertThat(accounts.loadUserByUsername(InstructorAccounts.DEFAULT_USERNAME).getPassword())
                .isEqualTo(instructor.getPassword());
    }
}
