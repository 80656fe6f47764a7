/** The data model's closed vocabularies and the relationship-state scale, shared by every feature. */
package org.alliancegraph.model;
