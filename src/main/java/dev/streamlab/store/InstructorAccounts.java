package dev.streamlab.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Instructor accounts. With {@code streamlab.instructor.username/password} configured, that account signs in; without,
 * the first start of a database generates one, prints its password once and keeps only its hash, so every instance
 * sharing the database accepts it.
 */
@Service
public class InstructorAccounts implements UserDetailsService, ApplicationRunner {

    public static final String ROLE = "INSTRUCTOR";
    static final String DEFAULT_USERNAME = "instructor";
    private static final Logger log = LoggerFactory.getLogger(InstructorAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final String configuredUsername;
    private final String configuredHash;

    InstructorAccounts(JdbcClient jdbc,
                       @Value("${streamlab.instructor.username:}") String username,
                       @Value("${streamlab.instructor.password:}") String password) {
        this.jdbc = jdbc;
        boolean configured = !username.isBlank() && !password.isBlank();
        this.configuredUsername = configured ? username.strip() : null;
        this.configuredHash = configured ? encoder.encode(password) : null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (configuredUsername == null && storedHash(DEFAULT_USERNAME).isEmpty()) {
            createDefaultAccount();
        }
    }

    private void createDefaultAccount() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            jdbc.sql("INSERT INTO instructor (username, password_hash, created_at) VALUES (?, ?, ?)")
                    .params(DEFAULT_USERNAME, encoder.encode(password), Timestamps.param(Timestamps.now()))
                    .update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return;
        }
        log.warn("""

                No instructor account is configured (streamlab.instructor.username/password), so one was created.
                Sign in at /instructor/login as '{}' with the password: {}
                This password is shown only now; only its hash is stored.""", DEFAULT_USERNAME, password);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<String> hash = configuredUsername != null
                ? Optional.ofNullable(configuredUsername.equals(username) ? configuredHash : null)
                : storedHash(username);
        return hash.map(h -> User.withUsername(username).password(h).roles(ROLE).build())
                .orElseThrow(() -> new UsernameNotFoundException("no instructor " + username));
    }

    private Optional<String> storedHash(String username) {
        return jdbc.sql("SELECT password_hash FROM instructor WHERE username = ?").param(username)
                .query(String.class).optional();
    }
}
