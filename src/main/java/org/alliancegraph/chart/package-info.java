/** Charts of the index, drawn with JFreeChart to SVG and PNG. */
package org.alliancegraph.chart;
