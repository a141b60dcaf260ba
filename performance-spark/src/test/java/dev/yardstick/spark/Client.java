package dev.yardstick.spark;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An adult client's service episode. A JavaBean, as Spark's bean encoder needs (test type). */
public class Client {

  private @Nullable String council;
  private long clientId;
  private @Nullable LocalDate birthDate;
  private @Nullable LocalDate serviceStart;
  private @Nullable LocalDate serviceEnd;
  private boolean communityBased;
  private @Nullable LocalDate lastReview;

  public Client() {}

  public Client(
      @Nullable String council,
      long clientId,
      @Nullable LocalDate birthDate,
      @Nullable LocalDate serviceStart,
      @Nullable LocalDate serviceEnd,
      boolean communityBased,
      @Nullable LocalDate lastReview) {
    this.council = council;
    this.clientId = clientId;
    this.birthDate = birthDate;
    this.serviceStart = serviceStart;
    this.serviceEnd = serviceEnd;
    this.communityBased = communityBased;
    this.lastReview = lastReview;
  }

  public @Nullable String getCouncil() {
    return council;
  }

  public void setCouncil(@Nullable String council) {
    this.council = council;
  }

  public long getClientId() {
    return clientId;
  }

  public void setClientId(long clientId) {
    this.clientId = clientId;
  }

  public @Nullable LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(@Nullable LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public @Nullable LocalDate getServiceStart() {
    return serviceStart;
  }

  public void setServiceStart(@Nullable LocalDate serviceStart) {
    this.serviceStart = serviceStart;
  }

  public @Nullable LocalDate getServiceEnd() {
    return serviceEnd;
  }

  public void setServiceEnd(@Nullable LocalDate serviceEnd) {
    this.serviceEnd = serviceEnd;
  }

  public boolean isCommunityBased() {
    return communityBased;
  }

  public void setCommunityBased(boolean communityBased) {
    this.communityBased = communityBased;
  }

  public @Nullable LocalDate getLastReview() {
    return lastReview;
  }

  public void setLastReview(@Nullable LocalDate lastReview) {
    this.lastReview = lastReview;
  }
}
