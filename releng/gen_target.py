#!/usr/bin/env python3
"""Writes releng/tinyforge.target: a flat, fully pinned target platform taken only from Maven Central.

Eclipse 2023-09 (platform 4.29) + EMF 2.35 + Xtext 2.32 runtime/ide + the third-party bundles that
Orbit would normally provide. Edit the lists below, then run `python3 releng/gen_target.py`.

Every artifact is listed with includeDependencyDepth="none" on purpose: the Eclipse/EMF POMs on
Maven Central declare open version ranges (e.g. org.eclipse.emf.common [2.29.0,3.0.0)), so a
transitive ("infinite") Maven location silently pulls the newest release and drifts from build to build.
"""
import os

E = "org.eclipse.platform"

# Eclipse 2023-09 = platform 4.29. Versions as published for the 4.29 release
# (org.eclipse.platform:org.eclipse.platform:4.29.0 and the bundles' Eclipse-SourceReferences tags).
PLATFORM = [(E, a, v) for a, v in [
    ("org.eclipse.osgi", "3.18.500"),
    ("org.eclipse.swt", "3.124.100"),
    ("org.eclipse.swt.gtk.linux.x86_64", "3.124.100"),
    ("org.eclipse.jface", "3.31.0"),
    ("org.eclipse.jface.databinding", "1.15.100"),
    ("org.eclipse.jface.text", "3.24.100"),
    ("org.eclipse.text", "3.13.100"),
    ("org.eclipse.ui", "3.204.0"),
    ("org.eclipse.ui.workbench", "3.130.0"),
    ("org.eclipse.ui.workbench.texteditor", "3.17.100"),
    ("org.eclipse.ui.editors", "3.17.0"),
    # 1.3.100.v20230727-0604 (tag I20230727-1800) is the 4.29 build; 1.3.200 belongs to 4.30
    ("org.eclipse.ui.genericeditor", "1.3.100"),
    # the Console view (TinyForge console); tags I20230726 / I20230731 = 4.29
    ("org.eclipse.ui.console", "3.13.0"),
    ("org.eclipse.debug.core", "3.21.100"),
    ("org.eclipse.core.variables", "3.5.100"),
    ("org.eclipse.ui.ide", "3.21.100"),
    ("org.eclipse.ui.ide.application", "1.5.100"),
    ("org.eclipse.ui.forms", "3.13.0"),
    ("org.eclipse.ui.navigator", "3.12.100"),
    ("org.eclipse.ui.navigator.resources", "3.9.100"),
    ("org.eclipse.ui.views", "3.12.100"),
    ("org.eclipse.ui.views.properties.tabbed", "3.10.100"),
    ("org.eclipse.urischeme", "1.3.100"),
    ("org.eclipse.help", "3.10.100"),
    ("org.eclipse.compare", "3.9.200"),
    ("org.eclipse.compare.core", "3.8.100"),
    ("org.eclipse.team.core", "3.10.100"),
    ("org.eclipse.team.ui", "3.10.100"),
    ("org.eclipse.ltk.core.refactoring", "3.14.100"),
    ("org.eclipse.ltk.ui.refactoring", "3.13.100"),
    ("org.eclipse.core.commands", "3.11.100"),
    ("org.eclipse.core.contenttype", "3.9.100"),
    ("org.eclipse.core.databinding", "1.13.100"),
    ("org.eclipse.core.databinding.observable", "1.13.100"),
    ("org.eclipse.core.databinding.property", "1.10.100"),
    ("org.eclipse.core.expressions", "3.9.100"),
    ("org.eclipse.core.filebuffers", "3.8.100"),
    ("org.eclipse.core.filesystem", "1.10.100"),
    ("org.eclipse.core.jobs", "3.15.0"),
    ("org.eclipse.core.net", "1.5.100"),
    ("org.eclipse.core.resources", "3.19.100"),
    ("org.eclipse.core.runtime", "3.29.0"),
    ("org.eclipse.e4.core.commands", "1.1.100"),
    ("org.eclipse.e4.core.contexts", "1.12.100"),
    ("org.eclipse.e4.core.di", "1.9.100"),
    ("org.eclipse.e4.core.di.annotations", "1.8.100"),
    ("org.eclipse.e4.core.di.extensions", "0.18.0"),
    ("org.eclipse.e4.core.di.extensions.supplier", "0.17.100"),
    ("org.eclipse.e4.core.services", "2.4.100"),
    ("org.eclipse.e4.emf.xpath", "0.4.100"),
    ("org.eclipse.e4.ui.bindings", "0.14.100"),
    ("org.eclipse.e4.ui.css.core", "0.14.100"),
    ("org.eclipse.e4.ui.css.swt", "0.15.100"),
    ("org.eclipse.e4.ui.css.swt.theme", "0.14.100"),
    ("org.eclipse.e4.ui.di", "1.5.100"),
    ("org.eclipse.e4.ui.dialogs", "1.4.100"),
    ("org.eclipse.e4.ui.ide", "3.17.100"),
    ("org.eclipse.e4.ui.model.workbench", "2.4.100"),
    ("org.eclipse.e4.ui.services", "1.6.100"),
    ("org.eclipse.e4.ui.widgets", "1.4.0"),
    ("org.eclipse.e4.ui.workbench", "1.15.100"),
    ("org.eclipse.e4.ui.workbench.addons.swt", "1.5.100"),
    ("org.eclipse.e4.ui.workbench.renderers.swt", "0.16.100"),
    ("org.eclipse.e4.ui.workbench.swt", "0.17.100"),
    ("org.eclipse.e4.ui.workbench3", "0.17.100"),
    ("org.eclipse.equinox.app", "1.6.300"),
    ("org.eclipse.equinox.bidi", "1.4.300"),
    ("org.eclipse.equinox.common", "3.18.100"),
    ("org.eclipse.equinox.event", "1.6.200"),
    ("org.eclipse.equinox.launcher", "1.6.500"),
    # writes and reads configuration/org.eclipse.equinox.simpleconfigurator/bundles.info of the TinyForge IDE product
    ("org.eclipse.equinox.simpleconfigurator", "1.4.300"),
    ("org.eclipse.equinox.preferences", "3.10.300"),
    ("org.eclipse.equinox.registry", "3.11.300"),
    ("org.eclipse.equinox.security", "1.4.0"),
    ("org.eclipse.equinox.p2.artifact.repository", "1.5.100"),
    ("org.eclipse.equinox.p2.core", "2.10.100"),
    ("org.eclipse.equinox.p2.engine", "2.8.100"),
    ("org.eclipse.equinox.p2.jarprocessor", "1.3.200"),
    ("org.eclipse.equinox.p2.metadata", "2.7.100"),
    ("org.eclipse.equinox.p2.metadata.repository", "1.5.100"),
    ("org.eclipse.equinox.p2.repository", "2.7.100"),
]]

# EMF 2.35 (2023-09): bundle versions from the EMF R2_35_0 release
EMF = [("org.eclipse.emf", a, v) for a, v in [
    ("org.eclipse.emf.common", "2.29.0"),
    ("org.eclipse.emf.ecore", "2.35.0"),
    ("org.eclipse.emf.ecore.xmi", "2.35.0"),
    ("org.eclipse.emf.ecore.change", "2.15.0"),
]]

# Xtext 2.32 (2023-09) runtime + ide and the versions its xtext-dev-bom 2.32.0 pins.
# The Xtext *Eclipse UI* bundles (org.eclipse.xtext.ui, ...) are NOT on Maven Central after 2.10.0.
XTEXT = [
    ("org.eclipse.xtext", "org.eclipse.xtext", "2.32.0"),
    ("org.eclipse.xtext", "org.eclipse.xtext.util", "2.32.0"),
    ("org.eclipse.xtext", "org.eclipse.xtext.ide", "2.32.0"),
    ("org.eclipse.xtext", "org.eclipse.xtext.testing", "2.32.0"),  # tests only: ParseHelper, InjectionExtension
    ("org.eclipse.xtext", "org.eclipse.xtext.xbase.lib", "2.32.0"),
    ("org.eclipse.xtend", "org.eclipse.xtend.lib", "2.32.0"),
    ("org.eclipse.xtend", "org.eclipse.xtend.lib.macro", "2.32.0"),
    # xtext.ide 2.32 needs lsp4j [0.21.0,0.22.0). NOT 0.21.0: its jsonrpc imports com.google.gson.internal,
    # which only Orbit's gson exports, not the gson jar on Maven Central. 0.21.1 (2023-09) dropped that import.
    ("org.eclipse.lsp4j", "org.eclipse.lsp4j", "0.21.1"),
    ("org.eclipse.lsp4j", "org.eclipse.lsp4j.jsonrpc", "0.21.1"),
    ("com.google.code.gson", "gson", "2.10.1"),  # lsp4j 0.21.x imports com.google.gson [2.9.1,2.11)
    ("com.google.guava", "guava", "32.1.2-jre"),  # xtext.util requires [32.1.2,33)
    ("com.google.guava", "failureaccess", "1.0.1"),
    ("com.google.inject", "guice", "7.0.0"),
    ("jakarta.inject", "jakarta.inject-api", "2.0.1"),
    ("ch.qos.reload4j", "reload4j", "1.2.24"),  # provides org.apache.log4j
]

# third-party jars that already carry an OSGi manifest (Orbit would normally provide these)
THIRD_PARTY = [
    ("org.apache.felix", "org.apache.felix.scr", "2.2.6"),
    ("org.osgi", "org.osgi.service.component", "1.5.1"),
    ("org.osgi", "org.osgi.service.event", "1.4.1"),
    ("org.osgi", "org.osgi.service.prefs", "1.1.2"),
    ("org.osgi", "org.osgi.util.promise", "1.3.0"),
    ("org.osgi", "org.osgi.util.function", "1.2.0"),
    ("jakarta.annotation", "jakarta.annotation-api", "1.3.5"),
    ("jakarta.inject", "jakarta.inject-api", "1.0.5"),  # javax.inject for e4 DI
    ("net.java.dev.jna", "jna", "5.13.0"),
    ("net.java.dev.jna", "jna-platform", "5.13.0"),
    ("com.ibm.icu", "icu4j", "73.2"),
    ("org.bouncycastle", "bcpg-jdk18on", "1.76"),
    ("org.bouncycastle", "bcprov-jdk18on", "1.76"),
    ("org.tukaani", "xz", "1.9"),
    ("org.eclipse.birt.runtime", "org.w3c.css.sac", "1.3.1.v200903091627"),
    # commons-jxpath 1.3 (Central) has *mandatory* imports of servlet/jsp/beanutils/jdom
    ("commons-jxpath", "commons-jxpath", "1.3"),
    ("javax.servlet", "javax.servlet-api", "3.1.0"),
    ("javax.servlet.jsp", "javax.servlet.jsp-api", "2.3.3"),
    ("jakarta.el", "jakarta.el-api", "3.0.3"),
    ("commons-beanutils", "commons-beanutils", "1.9.4"),
    ("commons-collections", "commons-collections", "3.2.2"),
    ("commons-logging", "commons-logging", "1.2"),
    # the .tflite importer reads FlatBuffers with Google's runtime (an OSGi bundle: com.google.flatbuffers.java)
    ("com.google.flatbuffers", "flatbuffers-java", "23.5.26"),
    # JUnit 5 (Eclipse 2023-09 ships 5.10.0)
    ("org.junit.jupiter", "junit-jupiter-api", "5.10.0"),
    ("org.junit.jupiter", "junit-jupiter-engine", "5.10.0"),
    ("org.junit.jupiter", "junit-jupiter-params", "5.10.0"),  # required by org.eclipse.xtext.testing
    ("org.junit.platform", "junit-platform-commons", "1.10.0"),
    ("org.junit.platform", "junit-platform-engine", "1.10.0"),
    ("org.junit.platform", "junit-platform-launcher", "1.10.0"),
    ("org.junit.platform", "junit-platform-runner", "1.10.0"),  # required by org.eclipse.xtext.testing
    # Tycho 5 takes these engines from the target (Tycho 4 brings its own; harmless there):
    # the suite engine for every JUnit 5 run, the vintage engine because org.eclipse.xtext.testing requires JUnit 4
    ("org.junit.vintage", "junit-vintage-engine", "5.10.0"),
    ("org.junit.platform", "junit-platform-suite-api", "1.10.0"),
    ("org.junit.platform", "junit-platform-suite-commons", "1.10.0"),
    ("org.junit.platform", "junit-platform-suite-engine", "1.10.0"),
    ("org.opentest4j", "opentest4j", "1.3.0"),
    ("org.apiguardian", "apiguardian-api", "1.1.2"),
]

# plain jars without manifest: bnd-generated manifest with Tycho's default name wrapped.<g>.<a>
WRAPPED = [
    ("org.jdom", "jdom", "1.1.3"),
    ("xml-apis", "xml-apis-ext", "1.3.04"),
    ("org.apache.xmlgraphics", "xmlgraphics-commons", "2.7"),
    ("commons-io", "commons-io", "1.3.1"),
]

# plain jars that bundles Require-Bundle by their Orbit symbolic name -> wrap with that name
BATIK_IMPORTS = 'Import-Package: org.apache.batik.*;version="[1.16,2)",org.w3c.css.sac;version="[1.3,2)",*;resolution:=optional\n'
RENAMED = [
    # (bsn, version, gav, extra bnd headers)
    ("org.antlr.runtime", "3.2.0", ("org.antlr", "antlr-runtime", "3.2"), ""),  # Xtext: [3.2.0,3.2.1)
    ("org.aopalliance", "1.0.0", ("aopalliance", "aopalliance", "1.0"), ""),  # Guice 7 imports org.aopalliance.intercept
    ("org.apache.batik.css", "1.16.0", ("org.apache.xmlgraphics", "batik-css", "1.16"), BATIK_IMPORTS),
    ("org.apache.batik.util", "1.16.0", ("org.apache.xmlgraphics", "batik-util", "1.16"), BATIK_IMPORTS),
    ("org.apache.batik.i18n", "1.16.0", ("org.apache.xmlgraphics", "batik-i18n", "1.16"), BATIK_IMPORTS),
    ("org.apache.batik.constants", "1.16.0", ("org.apache.xmlgraphics", "batik-constants", "1.16"), BATIK_IMPORTS),
    ("org.apache.batik.shared.resources", "1.16.0", ("org.apache.xmlgraphics", "batik-shared-resources", "1.16"), ""),
    # org.eclipse.xtext.testing requires bundle org.junit (JUnit 4, Orbit name); junit:junit has no OSGi manifest
    ("org.junit", "4.13.2", ("junit", "junit", "4.13.2"),
     'Require-Bundle: org.hamcrest.core;bundle-version="1.3.0";visibility:=reexport\n'),
    ("org.hamcrest.core", "1.3.0", ("org.hamcrest", "hamcrest-core", "1.3"), ""),
]


def dep(g, a, v):
    return (f"        <dependency>\n          <groupId>{g}</groupId>\n          <artifactId>{a}</artifactId>\n"
            f"          <version>{v}</version>\n          <type>jar</type>\n        </dependency>\n")


def loc(label, manifest, deps, extra=""):
    return (f'    <location type="Maven" label="{label}" includeDependencyDepth="none" '
            f'includeDependencyScopes="compile" includeSource="false" missingManifest="{manifest}">\n'
            "      <dependencies>\n" + "".join(dep(*d) for d in deps) + "      </dependencies>\n" + extra + "    </location>\n")


def renamed(bsn, ver, gav, headers):
    instr = ("      <instructions><![CDATA[\n"
             f"Bundle-SymbolicName: {bsn}\nBundle-Version: {ver}\n"
             f'Export-Package: *;version="{ver}";-noimport:=true\n'
             + (headers if "Import-Package" in headers else 'Import-Package: *;resolution:=optional\n' + headers)
             + "DynamicImport-Package: *\n]]></instructions>\n")
    return loc(f"{gav[0]}:{gav[1]}:{gav[2]} wrapped as bundle {bsn}", "generate", [gav], instr)


parts = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>', '<?pde version="3.8"?>',
         '<!-- GENERATED by releng/gen_target.py - edit the script, not this file.',
         '     Eclipse 2023-09 (4.29) + EMF 2.35 + Xtext 2.32, Maven Central only, flat and pinned. -->',
         '<target name="tinyforge-maven-central">', '  <locations>']
parts.append(loc("Eclipse platform 4.29 (2023-09)", "error", PLATFORM).rstrip("\n"))
parts.append(loc("EMF 2.35 (2023-09)", "error", EMF).rstrip("\n"))
parts.append(loc("Xtext 2.32 runtime and ide (2023-09)", "error", XTEXT).rstrip("\n"))
parts.append(loc("Third-party OSGi bundles (normally from Orbit)", "error", THIRD_PARTY).rstrip("\n"))
parts.append(loc("Plain jars wrapped as wrapped.* bundles", "generate", WRAPPED).rstrip("\n"))
for r in RENAMED:
    parts.append(renamed(*r).rstrip("\n"))
parts += ['  </locations>',
          '  <targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-17"/>',
          '</target>', '']
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tinyforge.target"), "w") as f:
    f.write("\n".join(parts))
