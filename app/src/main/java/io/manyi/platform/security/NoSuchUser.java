package io.manyi.platform.security;

/** No account of that name (404 from the API, exit code 1 from the CLI). */
public final class NoSuchUser extends IllegalArgumentException { // callers that caught the old IllegalArgumentException still do

    public NoSuchUser(String username) {
        super("No user '" + username + "'");
    }
}
