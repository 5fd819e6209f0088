package dev.tinyforge.nas.run;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.formatting2.TextFormatter;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.dsl.SubnetDsl;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/**
 * Puts subnets a search found into its file: each as a formatted {@code network}, inserted right after the search
 * block, so that the file can deploy it. Get one from the language's injector, whose formatter it uses.
 */
public class WinnerNetworks {

	/** A subnet to add, under the name of the network it becomes. */
	public record NamedSubnet(String name, Subnet subnet) {
	}

	@Inject
	private TextFormatter formatter;

	/** {@code SEARCH_DEVICE}: the name of the network a search block's result for a device becomes. */
	public static String name(String search, String device) {
		return search + "_" + device;
	}

	/** The names of the networks declared in the search block's file. */
	public static Set<String> declared(SearchSpace search) {
		Model model = EcoreUtil2.getContainerOfType(search, Model.class);
		return EcoreUtil2.typeSelect(model.getElements(), Network.class).stream().map(Network::getName)
				.collect(Collectors.toSet());
	}

	/**
	 * The insertion, after the search block of a parsed file, of the subnets as networks in order, each after a
	 * blank line.
	 *
	 * @param space the block's space, which the subnets belong to
	 * @param taken names in use (see {@link #declared}) that the networks must not take
	 * @throws SearchException when a network's name is taken, or two of them share one
	 */
	public TextReplacement insertion(SearchSpace search, ElasticSpace space, List<NamedSubnet> subnets,
			Set<String> taken) {
		Set<String> used = new HashSet<>(taken);
		StringBuilder networks = new StringBuilder();
		for (NamedSubnet subnet : subnets) {
			if (!used.add(subnet.name())) {
				throw new SearchException("already holds a network " + subnet.name()
						+ "; rename or remove it to apply the search again");
			}
			networks.append("\n\n").append(formatter.format(SubnetDsl.write(space, subnet.subnet(), subnet.name()))
					.stripTrailing());
		}
		return new TextReplacement(NodeModelUtils.getNode(search).getEndOffset(), 0, networks.toString());
	}
}
