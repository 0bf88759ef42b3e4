/**
 * Authorization checks for module authors: {@link org.grassroots.testkit.AuthorizationMatrix} (the rules, read
 * from a matrix file, and what each role must get) and {@link org.grassroots.testkit.ModuleAuthorizationCheck}
 * (accounts per role in and out of scope on a running platform, calling a module's endpoints). See
 * docs/plugin-guide.md, "Testing authorization".
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.testkit;
