package dev.yardstick.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RagStatusTest {

  @Test
  void isColour_onlyRedAmberAndGreen() {
    Set<RagStatus> colours =
        Stream.of(RagStatus.values()).filter(RagStatus::isColour).collect(Collectors.toSet());
    assertEquals(EnumSet.of(RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN), colours);
  }

  @Test
  void noTarget_isAStateNotAColour() {
    assertEquals(false, RagStatus.NO_TARGET.isColour());
    assertEquals(false, RagStatus.SUPPRESSED.isColour());
    assertEquals(false, RagStatus.NO_DATA.isColour());
    assertEquals(false, RagStatus.NOT_RATED.isColour());
  }
}
