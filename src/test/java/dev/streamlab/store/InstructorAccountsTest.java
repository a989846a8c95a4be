package dev.streamlab.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured instructor, the first start creates one, prints its password once and keeps its hash. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class InstructorAccountsTest {

    private static final Pattern PRINTED = Pattern.compile("with the password: (\\S+)");

    @Autowired
    InstructorAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theGeneratedPasswordIsPrintedOnceAndOnlyItsHashIsStored(CapturedOutput output) {
        jdbc.sql("DELETE FROM instructor").update();
        accounts.run(null);
        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);

        UserDetails instructor = accounts.loadUserByUsername(InstructorAccounts.DEFAULT_USERNAME);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(instructor.getPassword()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, instructor.getPassword())).isTrue();
        assertThat(instructor.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_INSTRUCTOR");

        accounts.run(null);
        assertThat(PRINTED.matcher(output.getAll()).results().count()).isEqualTo(1);
        assertThat(accounts.loadUserByUsername(InstructorAccounts.DEFAULT_USERNAME).getPassword())
                .isEqualTo(instructor.getPassword());
    }
}
