package io.manyi.groups;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No group customer has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class GroupNotFound extends RuntimeException {

    public GroupNotFound(String groupId) {
        super("No group customer " + groupId);
    }
}
