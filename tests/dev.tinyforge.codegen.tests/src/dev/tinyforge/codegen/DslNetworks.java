package dev.tinyforge.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;

import dev.tinyforge.dsl.TinyMlStandaloneSetup;
import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;

/**
 * The networks of a .tinyml file, lowered to the IR and given {@link SyntheticWeights}, for the benchmark mains and
 * the tests of sizes no shared model has.
 */
final class DslNetworks {

	private DslNetworks() {
	}

	/** Every network of the file, in order. */
	static List<Graph> all(Path file) {
		List<Graph> graphs = new ArrayList<>();
		for (Network network : networks(file)) {
			graphs.add(lower(network));
		}
		return graphs;
	}

	static Graph named(Path file, String name) {
		return lower(networks(file).stream().filter(network -> network.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(file + " has no network " + name)));
	}

	/** The network {@code name} of {@code text}, written to {@code name.tinyml} in {@code directory} first. */
	static Graph written(Path directory, String name, String text) throws IOException {
		Path file = directory.resolve(name + ".tinyml");
		Files.writeString(file, text);
		return named(file, name);
	}

	/** A made-up input, the same on every call: the networks' weights mean nothing either. */
	static byte[] randomInput(Graph graph) {
		byte[] input = new byte[(int) Tensors.byteSize(graph.getInputs().get(0))];
		new SplittableRandom(2).nextBytes(input);
		return input;
	}

	private static List<Network> networks(Path file) {
		XtextResourceSet set = new TinyMlStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		return EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(), Network.class);
	}

	private static Graph lower(Network network) {
		LoweringResult lowering = new NetworkLowering().lower(network);
		if (!lowering.succeeded()) {
			throw new IllegalArgumentException(network.getName() + ": " + lowering.problems());
		}
		SyntheticWeights.fill(lowering.graph(), 1);
		return lowering.graph();
	}
}
