/** Benchmarks: each class has a main that prints its figures and the conditions they were measured in. */
package org.medsearch.bench;
