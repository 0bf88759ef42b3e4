/** What the ${moduleId} module's REST API exchanges: plain records, no entity crosses the bundle boundary. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package ${package};
