package org.goodenough.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the class-load log into the list of classes the window reads ahead. */
class FirstFrameClassListTest {

    @Test
    void keepsTheJarsNamedClassesInTheirOrderOnce() {
        List<String> log = List.of(
                "[0.060s][info][class,load] java.lang.Object source: shared objects file",
                "[0.102s][info][class,load] org.goodenough.app.Launcher source: file:/opt/app/good-enough.jar",
                "[0.110s][info][class,load] java.util.concurrent.CompletableFuture$AsyncSupply source: jrt:/java.base",
                "[0.117s][info][class,load] java.lang.invoke.LambdaForm$DMH/0x00007f5780002000 source: __JVM_LookupDefineClass__",
                "[0.120s][info][class,load] org.goodenough.app.StartupWarmup$$Lambda$1/0x00007f5780001628 source: org.goodenough.app.StartupWarmup",
                "[0.130s][info][class,load] javafx.scene.control.skin.ListViewSkin source: file:/opt/app/good-enough.jar",
                "[0.140s][info][class,load] org.other.Thing source: file:/opt/app/other.jar",
                "[0.150s][info][class,load] org.goodenough.app.Launcher source: file:/opt/app/good-enough.jar",
                "not a class-load line");

        assertEquals(List.of("org.goodenough.app.Launcher", "javafx.scene.control.skin.ListViewSkin"),
                FirstFrameClassList.fromJar(log, "good-enough.jar"));
    }
}
