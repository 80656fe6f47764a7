/** The article's argument: its claims (theses, not events), their evidence and the facts that support them. */
package org.alliancegraph.claim;
