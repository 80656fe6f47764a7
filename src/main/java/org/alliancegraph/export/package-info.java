/**
 * Exports for researchers: the dyad-year panel as typed CSV files with a Frictionless Data Package
 * descriptor, the actor network as dynamic GEXF and as GraphML, and the whole graph as JSON; every
 * file is written as it is read, never held whole in memory.
 */
package org.alliancegraph.export;
