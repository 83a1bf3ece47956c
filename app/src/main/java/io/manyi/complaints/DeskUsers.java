package io.manyi.complaints;

import io.manyi.platform.security.AccessPolicy;
import io.manyi.platform.security.NoSuchUser;
import io.manyi.platform.security.Users;
import java.util.List;
import org.springframework.stereotype.Component;

/** The people a ticket can be given to: enabled users with a complaint-desk role ({@link AccessPolicy#DESK}). */
@Component
public class DeskUsers {

    private final Users users;

    public DeskUsers(Users users) {
        this.users = users;
    }

    public boolean isDeskUser(String username) {
        try {
            return desk(users.find(username));
        } catch (NoSuchUser unknown) {
            return false;
        }
    }

    /** Their user names, sorted. */
    public List<String> usernames() {
        return users.list().stream().filter(DeskUsers::desk).map(Users.Account::username).sorted().toList();
    }

    private static boolean desk(Users.Account account) {
        return account.enabled() && account.roles().stream().anyMatch(AccessPolicy.DESK::contains);
    }
}
