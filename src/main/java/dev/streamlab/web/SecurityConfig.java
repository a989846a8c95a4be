package dev.streamlab.web;

import dev.streamlab.store.InstructorAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. Students need no account: every student page is open, and their own submissions are found by
 * the resume token in their cookie. The instructor's pages need the instructor role (form login, password from
 * configuration). The lab's WebSocket and JSON API are called by the page itself and take no CSRF token: the student
 * cookie is SameSite=Lax and the API accepts JSON bodies only, which another site's form cannot send.
 */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain labSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/instructor/login").permitAll()
                        .requestMatchers("/instructor/**").hasRole(InstructorAccounts.ROLE)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/instructor/login").defaultSuccessUrl("/instructor", true)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/instructor/logout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/ws/**", "/api/**"));
        return http.build();
    }
}
