/**
 * Statuses and judgement scales: RAG status with its explicit non-colours, direction of travel, and
 * the 2002 to 2005 social-services judgements and star ratings.
 *
 * <pre>{@code
 * RagStatus status = RagStatus.NO_TARGET;
 * boolean colour = status.isColour();                          // false: no target is a state
 * ServingPeopleWell children = ServingPeopleWell.MOST.atMost(ServingPeopleWell.SOME); // key-PI cap
 * StarRating rating = StarRating.parse("2 stars");
 * DirectionOfTravel dot = DirectionOfTravel.IMPROVING.flip();  // WORSENING
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.status;

import org.jspecify.annotations.NullMarked;
