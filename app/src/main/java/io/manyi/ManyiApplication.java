package io.manyi;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application; started by the commands in {@link Manyi}. */
@SpringBootApplication
public class ManyiApplication {
}
