package dev.yardstick.spark;

import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Starts or joins the Spark session a program runs formulas in, so that the same program runs on a
 * laptop and under {@code spark-submit} without a change.
 *
 * <pre>{@code
 * SparkSession spark = SparkSessions.localOrCluster("ascof-2b");
 * // laptop: local[*], every core; spark-submit --master yarn: the cluster's master
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe (it holds no state; Spark's session
 * builder does the synchronisation).
 *
 * @since 0.1.0
 */
public final class SparkSessions {

  /** The master used when nothing provides one: every core of this machine. */
  static final String LOCAL_MASTER = "local[*]";

  private static final String MASTER_KEY = "spark.master";

  private SparkSessions() {}

  /**
   * Returns the session of this program: the active or default session if there is one (a notebook
   * on Databricks or Synapse has one), otherwise a new session whose master is the one the cluster
   * provides ({@code spark.master}, which {@code spark-submit --master} sets), or {@code local[*]}
   * when none is provided.
   *
   * @param appName the application's name, shown in Spark's user interface and logs
   * @return the session
   * @throws IllegalArgumentException if the name is blank
   */
  public static SparkSession localOrCluster(String appName) {
    Objects.requireNonNull(appName, "appName");
    if (appName.isBlank()) {
      throw new IllegalArgumentException("Spark application name is blank");
    }
    Option<SparkSession> existing = SparkSession.getActiveSession();
    if (existing.isEmpty()) {
      existing = SparkSession.getDefaultSession();
    }
    if (existing.isDefined()) {
      return existing.get();
    }
    return SparkSession.builder().appName(appName).master(master(new SparkConf())).getOrCreate();
  }

  /**
   * Returns the master a configuration provides, else {@link #LOCAL_MASTER}.
   *
   * @param conf a configuration, which by default reads the {@code spark.*} system properties
   */
  static String master(SparkConf conf) {
    return conf.get(MASTER_KEY, LOCAL_MASTER);
  }
}
