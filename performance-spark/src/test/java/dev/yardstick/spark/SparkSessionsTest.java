package dev.yardstick.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {

  @Test
  void master_nothingProvided_isEveryLocalCore() {
    assertEquals("local[*]", SparkSessions.master(new SparkConf(false)));
  }

  @Test
  void master_providedByTheCluster_isKept() {
    SparkConf submitted = new SparkConf(false).set("spark.master", "yarn");

    assertEquals("yarn", SparkSessions.master(submitted));
  }

  @Test
  void localOrCluster_withASessionRunning_joinsIt() {
    SparkSession running = SparkTestSession.get();

    SparkSession session = SparkSessions.localOrCluster("another-name");

    assertSame(running, session);
    assertEquals("local[2]", session.sparkContext().master());
  }

  @Test
  void localOrCluster_blankName_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SparkSessions.localOrCluster(" "));

    assertTrue(e.getMessage().contains("name is blank"), e.getMessage());
  }

  @Test
  void publicStaticMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(SparkSessions.class);
  }
}
