package dev.yardstick.spark;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.jspecify.annotations.Nullable;

/**
 * Spark's bean encoder for the embedder's record type, after checking that the type qualifies, so
 * that a type Spark cannot read fails at once with a message that says what to change, and not
 * later as a task failure in an executor's log or, worse, as records whose fields are silently
 * null.
 *
 * <p>Spark reads a {@code Dataset<R>} of the user's type through {@link Encoders#bean(Class)},
 * which needs a JavaBean:
 *
 * <ul>
 *   <li>a public, non-abstract class, top-level or {@code static} nested, with a public constructor
 *       that takes no arguments; a Java {@code record} does not qualify (its accessors are not
 *       getters and it has no such constructor);
 *   <li>a public getter ({@code getX}, or {@code isX} for a {@code boolean}) and a public setter
 *       ({@code setX}) for every field; Spark's encoder writes the columns it finds getters for and
 *       restores only those it finds setters for, so a field without a setter would reach the
 *       formula as null or zero;
 *   <li>fields that the constructor leaves null (other than collections, maps and arrays): when a
 *       column is null, Spark does not call the setter, so the field keeps whatever the constructor
 *       put there, and a missing date or key would reach the formula as that value;
 *   <li>fields of types Spark can encode: primitives and their boxes, {@link String}, {@link
 *       BigDecimal}, {@link BigInteger}, {@link LocalDate}, {@link LocalDateTime}, {@link Instant},
 *       {@link Duration}, {@link Period}, enums, arrays, {@link List}s, {@link Set}s and {@link
 *       Map}s of these, and nested beans that meet the same rules. Spark would read any other
 *       library type ({@link Object}, {@link Number}, {@link java.util.Optional}) as a bean without
 *       fields and lose its value, so such a field is rejected.
 * </ul>
 *
 * <p>The formula's accessors ({@code LookedAfterChild::getCareStart}) are read on the executors, so
 * they must not capture anything that cannot be serialised; {@link SparkFormula#of} checks that.
 *
 * <pre>{@code
 * Encoder<LookedAfterChild> encoder = RecordEncoders.bean(LookedAfterChild.class);
 * Dataset<LookedAfterChild> children = spark.read().parquet(path).as(encoder);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordEncoders {

  /**
   * The library types Spark's bean encoder holds as column values (Spark 4's JavaTypeInference).
   */
  private static final Set<Class<?>> VALUE_TYPES =
      Set.of(
          Boolean.class,
          Byte.class,
          Short.class,
          Integer.class,
          Long.class,
          Float.class,
          Double.class,
          String.class,
          BigDecimal.class,
          BigInteger.class,
          LocalDate.class,
          LocalDateTime.class,
          Instant.class,
          Duration.class,
          Period.class,
          java.sql.Date.class,
          java.sql.Timestamp.class);

  private RecordEncoders() {}

  /**
   * Checks that a type is a JavaBean Spark can encode, and returns Spark's bean encoder for it.
   *
   * @param <R> the record type
   * @param type the class of the records
   * @return Spark's encoder, as {@link Encoders#bean(Class)} gives it
   * @throws IllegalArgumentException if the type does not qualify; the message names the type, each
   *     property at fault and the rule it breaks
   */
  public static <R> Encoder<R> bean(Class<R> type) {
    Objects.requireNonNull(type, "type");
    List<String> problems = new ArrayList<>();
    check(type, type.getSimpleName(), problems, new HashSet<>());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "record type "
              + type.getName()
              + " cannot be read by Spark's bean encoder: "
              + String.join("; ", problems));
    }
    try {
      return Encoders.bean(type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "record type "
              + type.getName()
              + " cannot be read by Spark's bean encoder: "
              + e.getMessage(),
          e);
    }
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type.isRecord()) {
      problems.add(
          path
              + " is a Java record; write it as a JavaBean (a public no-argument constructor and a"
              + " getter and setter for each field)");
      return;
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      problems.add(path + " is an interface or abstract class; Spark needs a concrete class");
      return;
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      problems.add(path + " is not public");
    }
    if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      problems.add(path + " is an inner class; make it static or top-level");
    }
    Object blank = null;
    Constructor<?> constructor = publicNoArgConstructor(type);
    if (constructor == null) {
      problems.add(path + " has no public constructor without arguments");
    } else if (Modifier.isPublic(type.getModifiers())) {
      try {
        blank = constructor.newInstance();
      } catch (ReflectiveOperationException | RuntimeException e) {
        problems.add(path + "'s constructor without arguments fails: " + e);
      }
    }
    BeanInfo info;
    try {
      info = Introspector.getBeanInfo(type, Object.class);
    } catch (IntrospectionException e) {
      problems.add(path + " cannot be introspected as a bean: " + e.getMessage());
      return;
    }
    int readable = 0;
    for (PropertyDescriptor property : info.getPropertyDescriptors()) {
      Method getter = property.getReadMethod();
      if (getter == null) {
        continue;
      }
      readable++;
      String name = path + "." + property.getName();
      if (property.getWriteMethod() == null) {
        problems.add(
            name
                + " has a getter but no setter, so Spark would hand the formula records without"
                + " it");
      }
      if (blank != null && !getter.getReturnType().isPrimitive() && isSet(getter, blank)) {
        problems.add(
            name
                + " is given a value by the constructor; Spark leaves a field as the constructor"
                + " set it when its column is null, so a missing value would not reach the"
                + " formula as null: leave it null");
      }
      checkNested(getter.getGenericReturnType(), name, problems, seen);
    }
    if (readable == 0) {
      problems.add(path + " has no getters, so Spark would see no fields");
    }
  }

  /**
   * Checks the types a property holds, directly or as elements of arrays, lists, sets and maps:
   * each must be a type Spark encodes as a value, or a user's bean that passes the same checks.
   */
  private static void checkNested(
      Type type, String path, List<String> problems, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType) {
      checkNested(((ParameterizedType) type).getRawType(), path, problems, seen);
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        checkNested(argument, path, problems, seen);
      }
    } else if (type instanceof GenericArrayType) {
      checkNested(((GenericArrayType) type).getGenericComponentType(), path, problems, seen);
    } else if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      if (c.isArray()) {
        checkNested(c.getComponentType(), path, problems, seen);
      } else if (c.isPrimitive() || c.isEnum() || VALUE_TYPES.contains(c) || isContainer(c)) {
        return;
      } else if (isLibraryType(c)) {
        problems.add(
            path
                + " is a "
                + c.getName()
                + ", which Spark's bean encoder cannot hold (it would read it as a bean and lose"
                + " the value); use a date, number, string, enum, list, map or bean");
      } else {
        check(c, path, problems, seen);
      }
    } else {
      problems.add(path + " has the type " + type + ", which Spark cannot infer a column for");
    }
  }

  /** The collections it holds as arrays and maps; their element types are checked apart. */
  private static boolean isContainer(Class<?> c) {
    return List.class.isAssignableFrom(c)
        || Set.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c);
  }

  private static boolean isLibraryType(Class<?> c) {
    String name = c.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("scala.");
  }

  private static @Nullable Constructor<?> publicNoArgConstructor(Class<?> type) {
    for (Constructor<?> constructor : type.getConstructors()) {
      if (constructor.getParameterCount() == 0) {
        return constructor;
      }
    }
    return null;
  }

  /**
   * Tells whether a new bean holds a value in a property other than a collection, a map or an array
   * (an empty list in place of a null one changes no formula).
   */
  private static boolean isSet(Method getter, Object bean) {
    Class<?> type = getter.getReturnType();
    if (type.isArray()
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)) {
      return false;
    }
    try {
      return getter.invoke(bean) != null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
