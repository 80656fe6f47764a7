package org.alliancegraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: api and cli on top, the question-answering features below, the model at the bottom. */
@AnalyzeClasses(packages = "org.alliancegraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresDoNotKnowTheirCallers = noClasses()
            .that().resideInAnyPackage("org.alliancegraph.model..", "org.alliancegraph.catalog..", "org.alliancegraph.actor..", "org.alliancegraph.timeline..", "org.alliancegraph.claim..", "org.alliancegraph.validate..",
                    "org.alliancegraph.load..", "org.alliancegraph.embedded..", "org.alliancegraph.system..", "org.alliancegraph.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alliancegraph.api..", "org.alliancegraph.cli..");

    @ArchTest
    static final ArchRule theJavaApiNeedsNoEmbeddedServer = noClasses()
            .that().resideInAnyPackage("org.alliancegraph.model..", "org.alliancegraph.catalog..", "org.alliancegraph.actor..", "org.alliancegraph.timeline..",
                    "org.alliancegraph.claim..", "org.alliancegraph.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alliancegraph.embedded..", "org.springframework..", "org.neo4j.harness..");

    @ArchTest
    static final ArchRule restDoesNotUseTheCommandLine = noClasses()
            .that().resideInAPackage("org.alliancegraph.api..")
            .should().dependOnClassesThat().resideInAPackage("org.alliancegraph.cli..");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.alliancegraph.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alliancegraph.catalog..", "org.alliancegraph.actor..", "org.alliancegraph.timeline..", "org.alliancegraph.claim..",
                    "org.alliancegraph.validate..", "org.alliancegraph.load..", "org.alliancegraph.embedded..", "org.alliancegraph.system..");
}
