package io.manyi.hall;

import java.time.LocalDate;

/** A business hall: its id, name, class (e.g. 旗舰店), city and district, and when it opened. */
public record Hall(String hallId, String name, String hallClass, String city, String district, LocalDate openedOn) {
}
