/**
 * JMH benchmarks, run by hand: {@code mvn -B -q package -pl bench -am -DskipTests} then
 * {@code java -jar bench/target/benchmarks.jar [regex]}. Each benchmark says in its javadoc what
 * target of which issue it measures; inputs are generated or bundled, never read from outside the
 * repository unless a path is passed as a JMH parameter.
 */
package io.wirewatch.bench;
