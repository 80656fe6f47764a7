/**
 * Alliance Graph at scale: a seeded synthetic generator of dated dyadic events in the product's
 * model, a batched loader into a store of their own, and the per-year structures (yearly ties
 * with their index, and each fact's years per actor) that keep the core queries fast on millions of facts.
 */
package org.alliancegraph.scale;
