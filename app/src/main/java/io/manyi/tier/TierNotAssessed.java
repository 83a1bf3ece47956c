package io.manyi.tier;

/** The subscriber exists but has no assessment yet (404 from the API). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class TierNotAssessed extends RuntimeException {

    public TierNotAssessed(String msisdn) {
        super("No star assessment for " + msisdn + " yet: run ./manyi tier assess");
    }
}
