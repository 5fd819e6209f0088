package dev.tinyforge.dsl.lowering;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A reason the network cannot be lowered, located at a feature of a DSL element.
 *
 * @param issueCode one of {@link dev.tinyforge.dsl.validation.IssueCodes}
 */
public record LoweringProblem(EObject source, EStructuralFeature feature, String message, String issueCode) {
}
