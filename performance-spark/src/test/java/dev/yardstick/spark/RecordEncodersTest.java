package dev.yardstick.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What Spark's bean encoder needs of a record type, checked before Spark sees it. */
class RecordEncodersTest {

  /** A record, as the engine's own tests write them: Spark cannot rebuild it. */
  public record Referral(long personId, LocalDate referred) {}

  /** Immutable, with getters only. */
  public static final class ReadOnly {
    private final @Nullable LocalDate referred = null;

    public @Nullable LocalDate getReferred() {
      return referred;
    }
  }

  /** A date defaulted by the constructor, which a null column would silently keep. */
  public static final class Defaulted {
    private @Nullable LocalDate referred = LocalDate.of(2000, 1, 1);
    private List<String> notes = new ArrayList<>();

    public @Nullable LocalDate getReferred() {
      return referred;
    }

    public void setReferred(@Nullable LocalDate referred) {
      this.referred = referred;
    }

    public List<String> getNotes() {
      return notes;
    }

    public void setNotes(List<String> notes) {
      this.notes = notes;
    }
  }

  /** A property of a type Spark has no encoder for. */
  public static final class Untyped {
    private @Nullable Object key;

    public @Nullable Object getKey() {
      return key;
    }

    public void setKey(@Nullable Object key) {
      this.key = key;
    }
  }

  /** No constructor without arguments. */
  public static final class NoDefaultConstructor {
    private long id;

    public NoDefaultConstructor(long id) {
      this.id = id;
    }

    public long getId() {
      return id;
    }

    public void setId(long id) {
      this.id = id;
    }
  }

  /** A nested bean list whose element type lacks a setter. */
  public static final class WithPlacements {
    private List<ReadOnly> placements = new ArrayList<>();

    public List<ReadOnly> getPlacements() {
      return placements;
    }

    public void setPlacements(List<ReadOnly> placements) {
      this.placements = placements;
    }
  }

  @Test
  void bean_workedDefinitionTypes_areEncoded() {
    for (Class<?> type :
        List.of(
            LookedAfterChild.class,
            Assessment.class,
            Client.class,
            Discharge.class,
            Complaint.class)) {
      Encoder<?> encoder = RecordEncoders.bean(type);
      assertEquals(type, encoder.clsTag().runtimeClass());
    }
  }

  @Test
  void bean_javaRecord_isRejectedWithAdvice() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordEncoders.bean(Referral.class));

    assertTrue(e.getMessage().contains(Referral.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("is a Java record; write it as a JavaBean"), e.getMessage());
  }

  @Test
  void bean_getterWithoutSetter_namesTheProperty() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordEncoders.bean(ReadOnly.class));

    assertTrue(
        e.getMessage().contains("ReadOnly.referred has a getter but no setter"), e.getMessage());
  }

  @Test
  void bean_defaultedDate_isRejected_butADefaultedListIsNot() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordEncoders.bean(Defaulted.class));

    assertTrue(
        e.getMessage().contains("Defaulted.referred is given a value by the constructor"),
        e.getMessage());
    assertTrue(!e.getMessage().contains("notes"), e.getMessage());
  }

  @Test
  void bean_objectProperty_whichSparkWouldReadAsAnEmptyBean_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordEncoders.bean(Untyped.class));

    assertTrue(e.getMessage().startsWith("record type " + Untyped.class.getName()), e.getMessage());
    assertTrue(
        e.getMessage().contains("Untyped.key is a java.lang.Object, which Spark's bean encoder"),
        e.getMessage());
  }

  /** A collection interface Spark's bean encoder does not support. */
  public static final class Notes {
    private java.util.@Nullable Collection<String> notes;

    public java.util.@Nullable Collection<String> getNotes() {
      return notes;
    }

    public void setNotes(java.util.@Nullable Collection<String> notes) {
      this.notes = notes;
    }
  }

  @Test
  void bean_collectionInterface_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordEncoders.bean(Notes.class));

    assertTrue(e.getMessage().contains("Notes.notes is a java.util.Collection"), e.getMessage());
  }

  @Test
  void bean_noConstructorWithoutArguments_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RecordEncoders.bean(NoDefaultConstructor.class));

    assertTrue(
        e.getMessage().contains("NoDefaultConstructor has no public constructor without arguments"),
        e.getMessage());
  }

  @Test
  void bean_nestedBeanWithoutSetter_namesThePath() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RecordEncoders.bean(WithPlacements.class));

    assertTrue(
        e.getMessage().contains("WithPlacements.placements.referred has a getter but no setter"),
        e.getMessage());
  }

  @Test
  void bean_interfaceAndNonPublicClass_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> RecordEncoders.bean(Runnable.class));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RecordEncoders.bean(SparkTestSession.class));
    assertTrue(e.getMessage().contains("SparkTestSession is not public"), e.getMessage());
  }

  @Test
  void publicStaticMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(RecordEncoders.class);
  }
}
