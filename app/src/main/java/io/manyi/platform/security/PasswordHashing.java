package io.manyi.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, for the web server and for the CLI that creates accounts alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt for new hashes; the {id} prefix lets hashes of other encoders keep working.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
