package io.manyi.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** A server with no account at all says, on the console, how to create the first administrator. */
@Component
class FirstUserHint {

    private static final Logger log = LoggerFactory.getLogger(FirstUserHint.class);

    private final Users users;
    private final Environment environment;

    FirstUserHint(Users users, Environment environment) {
        this.users = users;
        this.environment = environment;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        boolean serving = event.getApplicationContext() instanceof WebServerApplicationContext;
        if (serving && !environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE)) && users.none()) {
            log.warn("""
                    
                    No user can sign in yet: Manyi ships without default passwords.
                    Create the first administrator (the password is read from standard input):
                        ./manyi user add admin --role ADMIN
                    or, from a script:
                        printf '%s\\n' "$PASSWORD" | ./manyi user add admin --role ADMIN --password-stdin
                    """);
        }
    }
}
