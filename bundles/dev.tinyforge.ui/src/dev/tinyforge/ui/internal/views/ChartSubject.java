package dev.tinyforge.ui.internal.views;

import org.eclipse.xtext.EcoreUtil2;

import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.Training;

/**
 * The network the charts of a file show: that of its first deployment (against the device's memory), or, without
 * one, its first network on its own, or else the network its first {@code train} block fine-tunes.
 *
 * @param deployment null for a network on its own
 */
record ChartSubject(Network network, Deployment deployment) {

	/** @return null when the file names no network */
	static ChartSubject of(Model model) {
		for (Deployment deployment : EcoreUtil2.typeSelect(model.getElements(), Deployment.class)) {
			if (resolved(deployment.getNetwork()) && resolved(deployment.getDevice())) {
				return new ChartSubject(deployment.getNetwork(), deployment);
			}
		}
		for (Network network : EcoreUtil2.typeSelect(model.getElements(), Network.class)) {
			return new ChartSubject(network, null);
		}
		for (Training training : EcoreUtil2.typeSelect(model.getElements(), Training.class)) {
			if (resolved(training.getNetwork())) {
				return new ChartSubject(training.getNetwork(), null);
			}
		}
		return null;
	}

	/** The file's first train block for the network, or null. */
	Training training(Model model) {
		for (Training training : EcoreUtil2.typeSelect(model.getElements(), Training.class)) {
			if (training.getNetwork() == network) {
				return training;
			}
		}
		return null;
	}

	String title() {
		return deployment == null ? network.getName() : network.getName() + " on " + deployment.getDevice().getName();
	}

	private static boolean resolved(org.eclipse.emf.ecore.EObject reference) {
		return reference != null && !reference.eIsProxy();
	}
}
