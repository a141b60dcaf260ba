package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Loads the published jars on the module path, in a module layer of their own, to prove that
 * their {@code module-info} descriptors resolve and export what users call.
 */
class ModulePathTest {

  private static final List<String> PUBLISHED = List.of(
          "dev.yardstick.core",
          "dev.yardstick.indicators",
          "dev.yardstick.risk",
          "dev.yardstick.testkit");

  private static ModuleLayer layer() throws IOException {
    String file = System.getProperty("yardstick.runtimeClasspathFile");
    assertTrue(file != null, "the build passes the runtime class path file to the test");
    String classpath = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    Path[] entries =
        Arrays.stream(classpath.split(java.io.File.pathSeparator))
            .map(Path::of)
            .toArray(Path[]::new);
    for (Path entry : entries) {
      assertTrue(
          entry.getFileName().toString().endsWith(".jar"),
          "the published modules resolve to packaged jars, not class folders: " + entry);
    }
    ModuleFinder finder = ModuleFinder.of(entries);
    ModuleLayer parent = ModuleLayer.boot();
    Configuration configuration =
        parent.configuration().resolve(finder, ModuleFinder.of(), Set.copyOf(PUBLISHED));
    return parent.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
  }

  @Test
  void publishedModules_resolveOnTheModulePath() throws Exception {
    ModuleLayer layer = layer();
    for (String name : PUBLISHED) {
      Module module = layer.findModule(name).orElseThrow();
      assertTrue(module.getDescriptor().isAutomatic() == false, name + " has a module-info");
    }
    Module core = layer.findModule("dev.yardstick.core").orElseThrow();
    Class<?> polarity = Class.forName("dev.yardstick.core.measure.Polarity", true, core.getClassLoader());
    assertEquals(core, polarity.getModule(), "Polarity is loaded from the core module, not the class path");
    Method parse = polarity.getMethod("parse", String.class);
    assertEquals("WITHIN_RANGE[10,15]", parse.invoke(null, "WITHIN_RANGE[10.0,15]").toString());
  }

  @Test
  void coreInternalPackage_isExportedOnlyToYardstickModules() throws Exception {
    ModuleDescriptor core = layer().findModule("dev.yardstick.core").orElseThrow().getDescriptor();
    ModuleDescriptor.Exports internal =
        core.exports().stream()
            .filter(e -> e.source().equals("dev.yardstick.core.internal"))
            .findFirst()
            .orElseThrow();
    assertTrue(internal.isQualified(), "core.internal is a qualified export");
    Set<String> targets = internal.targets();
    assertFalse(targets.isEmpty());
    assertTrue(
        targets.stream().allMatch(t -> t.startsWith("dev.yardstick.")),
        "core.internal is exported only to Yardstick modules: " + targets);
    Set<String> unqualified =
        core.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertTrue(unqualified.stream().noneMatch(p -> p.contains(".internal")), unqualified.toString());
  }
}
