package dev.yardstick.core.framework;

import org.jspecify.annotations.Nullable;

/**
 * The role accountable for an objective, an action or a contract: a post, team or board such as
 * "Head of Adult Services", "Older People's Team North manager" or "Adult Services Management
 * Team".
 *
 * <p>Accountability is recorded by role, never by a person's name or other personal data, so that a
 * framework can be published, logged and kept after people move on. The role text is free (not
 * blank, at most 500 characters, no leading or trailing white space); the library cannot tell a
 * role from a name, so the caller must keep names out.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class OwnerRole {

  private final String title;

  private OwnerRole(String title) {
    this.title = title;
  }

  /**
   * Returns the owner role with the given title.
   *
   * @param title the title of the post, team or board
   * @return the role
   * @throws IllegalArgumentException if the title is blank, longer than 500 characters, or starts
   *     or ends with white space
   */
  public static OwnerRole of(String title) {
    return new OwnerRole(Texts.label(title, "owner role"));
  }

  /**
   * Returns the title of the role.
   *
   * @return the title, as given to {@link #of(String)}
   */
  public String getTitle() {
    return title;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof OwnerRole && title.equals(((OwnerRole) obj).title);
  }

  @Override
  public int hashCode() {
    return title.hashCode();
  }

  /**
   * Returns the title of the role.
   *
   * @return the title
   */
  @Override
  public String toString() {
    return title;
  }
}
