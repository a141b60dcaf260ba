package dev.yardstick.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session the tests of this module share: starting Spark costs seconds, so the
 * test JVM starts it once, on two cores as in CI, and Spark's shutdown hook stops it.
 */
final class SparkTestSession {

  private static SparkSession session;

  private SparkTestSession() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("yardstick-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }
}
