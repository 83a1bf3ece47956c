/**
 * The events whose consumer may not depend on their producer. {@code ComplaintClosed} (complaints)
 * and {@code SurveyScoredLow} (satisfaction) are read by moments, and both producers depend on
 * moments already (complaints through satisfaction; satisfaction completes its callback records
 * from moments' {@code CallbackOutcomes}): a record in the producer's package would close a cycle
 * between the features. Here, beside the outbox that every feature uses, producer and consumer
 * both depend on it and it depends on neither. Every other event lives in its producer's
 * top-level package (docs/moments.md, "Events").
 */
package io.manyi.platform.outbox.events;
